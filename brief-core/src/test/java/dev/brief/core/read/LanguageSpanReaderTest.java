package dev.brief.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.model.Block;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Inline;
import dev.brief.core.model.PlainText;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Language spans, {@code [text]{lang=fr}}: what the reader makes of them and each problem it reports. The
 * front matter takes lines 1–4, so a paragraph after {@code ## S} is on line 7.
 */
class LanguageSpanReaderTest {
    @TempDir
    Path folder;

    private ReadResult result(String paragraph) {
        return new BriefSources(folder).body("## S\n\n" + paragraph + "\n");
    }

    private List<Inline> paragraph(String paragraph) {
        ReadResult result = result(paragraph);
        assertThat(result.diagnostics()).isEmpty();
        Brief brief = result.brief().orElseThrow();
        return ((Block.Paragraph) brief.sections().get(0).blocks().get(0)).inlines();
    }

    private List<String> diagnostics(String paragraph) {
        return BriefSources.lines(result(paragraph));
    }

    private static Inline.Text text(String text) {
        return new Inline.Text(text);
    }

    @Test
    void simpleSpan() {
        assertThat(paragraph("They call it [la rentrée]{lang=fr} in Paris."))
                .containsExactly(
                        text("They call it "),
                        new Inline.LanguageSpan("fr", List.of(text("la rentrée"))),
                        text(" in Paris."));
    }

    @Test
    void quotedTagAndRegionSubtag() {
        assertThat(paragraph("[colour]{lang=\"en-GB\"} and [Grüezi]{ lang='de-CH' }"))
                .containsExactly(
                        new Inline.LanguageSpan("en-GB", List.of(text("colour"))),
                        text(" and "),
                        new Inline.LanguageSpan("de-CH", List.of(text("Grüezi"))));
    }

    @Test
    void emphasisInsideTheSpanAndTheSpanInsideEmphasis() {
        assertThat(paragraph("[le *droit* d’auteur]{lang=fr}, *[Zeitgeist]{lang=de}*"))
                .containsExactly(
                        new Inline.LanguageSpan(
                                "fr",
                                List.of(text("le "), new Inline.Emphasis(List.of(text("droit"))), text(" d’auteur"))),
                        text(", "),
                        new Inline.Emphasis(List.of(new Inline.LanguageSpan("de", List.of(text("Zeitgeist"))))));
    }

    @Test
    void linkInAnotherLanguageIsASpanAroundTheLink() {
        assertThat(paragraph("See [Le Monde](https://www.lemonde.fr){lang=fr}."))
                .containsExactly(
                        text("See "),
                        new Inline.LanguageSpan(
                                "fr",
                                List.of(new Inline.Link("https://www.lemonde.fr", "", List.of(text("Le Monde"))))),
                        text("."));
    }

    @Test
    void spanTextIsPlainTextWithoutBracketsOrBraces() {
        ReadResult result = result("Say [merci]{lang=fr} twice.");
        Brief brief = result.brief().orElseThrow();
        List<Inline> inlines =
                ((Block.Paragraph) brief.sections().get(0).blocks().get(0)).inlines();
        assertThat(PlainText.of(inlines, brief)).isEqualTo("Say merci twice.");
    }

    @Test
    void notASpanWithoutLang() {
        assertThat(paragraph("Item [1]{see below} and [x] {lang=fr} stay text."))
                .containsExactly(text("Item [1]{see below} and [x] {lang=fr} stay text."));
    }

    @Test
    void escapedBracketsAndCodeStayText() {
        assertThat(paragraph("\\[a\\]{lang=fr}, [c\\]{lang=fr} and `[b]{lang=fr}`"))
                .containsExactly(text("[a]{lang=fr}, [c]{lang=fr} and "), new Inline.Code("[b]{lang=fr}"));
    }

    @Test
    void invalidTagIsAnErrorAtTheAttribute() {
        assertThat(diagnostics("Text [mot]{lang=fr_FR} here."))
                .containsExactly("brief.md:7:12: error: `fr_FR` is not a BCP 47 language tag"
                        + " (separate the subtags with hyphens: {lang=fr-FR})");
    }

    @Test
    void languageNameInsteadOfCode() {
        assertThat(diagnostics("[Wort]{lang=German}"))
                .containsExactly(
                        "brief.md:7:8: error: `German` is not a BCP 47 language tag (write the language's code:"
                                + " {lang=de})");
    }

    @Test
    void emptyTag() {
        assertThat(diagnostics("A [b]{lang=} c"))
                .containsExactly("brief.md:7:7: error: the language span has an empty `lang` (write a BCP 47 tag, e.g."
                        + " {lang=fr})");
    }

    @Test
    void emptySpanIsReportedAndLeftOut() {
        ReadResult result = result("Text []{lang=fr} here.");
        assertThat(BriefSources.lines(result))
                .containsExactly("brief.md:7:6: warning: the language span has no text, so it is left out (write the"
                        + " words in that language between the brackets, or delete the span)");
        Brief brief = result.brief().orElseThrow();
        assertThat(((Block.Paragraph) brief.sections().get(0).blocks().get(0)).inlines())
                .containsExactly(text("Text  here."));
    }

    @Test
    void otherAttributesAreReportedAndTheSpanKept() {
        ReadResult result = result("[Ja]{.smallcaps lang=de}");
        assertThat(BriefSources.lines(result))
                .containsExactly(
                        "brief.md:7:6: warning: the span attribute `.smallcaps` is ignored: a span in Brief only marks"
                                + " the language of its text (remove `.smallcaps` from the braces)");
        Brief brief = result.brief().orElseThrow();
        assertThat(((Block.Paragraph) brief.sections().get(0).blocks().get(0)).inlines())
                .containsExactly(new Inline.LanguageSpan("de", List.of(text("Ja"))));
    }

    @Test
    void unclosedBracesAreReported() {
        assertThat(diagnostics("A [b]{lang=fr c"))
                .containsExactly("brief.md:7:5: warning: `]{lang=…` is not read"
                        + " as a language span (close the braces on the same line, and keep brackets out of the span's"
                        + " text: put a note reference after the span, and write a link in another language as"
                        + " [text](address){lang=…})");
    }

    @Test
    void noteReferenceInsideASpanIsReported() {
        assertThat(diagnostics("A [b[^n]]{lang=fr} c\n\n[^n]: Note."))
                .anySatisfy(line -> assertThat(line).startsWith("brief.md:7:9: warning: `]{lang=…`"));
    }

    @Test
    void spanInsideALinkTextIsReported() {
        assertThat(diagnostics("[see [le texte]{lang=fr}](https://example.org)"))
                .containsExactly("brief.md:7:25: warning: a language span inside a link's text leaves the link"
                        + " unread (close the braces on the same line, and keep brackets out of the span's text:"
                        + " put a note reference after the span, and write a link in another language as"
                        + " [text](address){lang=…})");
    }

    @Test
    void wellFormedTags() {
        assertThat(List.of("en", "fr-CA", "zh-Hant-TW", "sr-Latn", "de-CH-1996", "ast", "es-419"))
                .allMatch(SpanLanguageChecker::wellFormed);
        assertThat(List.of("en_GB", "english", "e", "x-private", "en--GB", "123", "en-GB-"))
                .noneMatch(SpanLanguageChecker::wellFormed);
    }
}
