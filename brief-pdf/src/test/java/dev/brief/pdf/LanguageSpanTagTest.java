package dev.brief.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.house.HouseStyle;
import dev.brief.core.model.Block;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Inline;
import dev.brief.core.model.Section;
import dev.brief.core.testing.BriefFixtures;
import dev.brief.pdf.inspect.PdfInspection;
import dev.brief.pdf.inspect.TagNode;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A language span is a Span with /Lang around exactly its text, read in line with its paragraph; a span long
 * enough to break across lines breaks like the text around it and stays one Span.
 */
class LanguageSpanTagTest {
    /** Long enough that the paragraph, and the French span, run over several lines of the main column. */
    private static final String FRENCH = "la rentrée des classes, quand les villes reprennent leur rythme après"
            + " les longues vacances d’été et que chacun retrouve ses habitudes";

    private static Brief brief;
    private static byte[] pdf;
    private static PdfInspection inspection;

    @BeforeAll
    static void write() throws IOException {
        Brief minimal = BriefFixtures.minimal();
        Block.Paragraph paragraph = new Block.Paragraph(
                "p-1",
                List.of(
                        new Inline.Text("In September the French speak of "),
                        new Inline.LanguageSpan("fr", List.of(new Inline.Text(FRENCH))),
                        new Inline.Text("; the Swiss simply say "),
                        new Inline.Emphasis(
                                List.of(new Inline.LanguageSpan("de-CH", List.of(new Inline.Text("Grüezi"))))),
                        new Inline.Text(" and get on with it. The French press, "),
                        new Inline.LanguageSpan(
                                "fr",
                                List.of(new Inline.Link(
                                        "https://www.lemonde.fr/", "", List.of(new Inline.Text("Le Monde"))))),
                        new Inline.Text(" among it, covers both.")));
        Section section = new Section(
                "sec-only", 2, List.of(new Inline.Text("Words from elsewhere")), List.of(paragraph), List.of());
        brief = new Brief(
                minimal.metadata(), Optional.empty(), List.of(), List.of(section), List.of(), Optional.empty());
        pdf = TestPdfs.write(brief, TestPdfs.fixtureImages(), HouseStyle.defaults())
                .bytes();
        inspection = PdfInspection.of(pdf);
    }

    private static List<TagNode.Element> spansWithLanguage() {
        return inspection.elements().stream()
                .filter(element ->
                        element.type().equals("Span") && element.attributes().containsKey("Lang"))
                .toList();
    }

    private static String text(TagNode.Element element) {
        StringBuilder text = new StringBuilder();
        for (TagNode kid : element.kids()) {
            if (kid instanceof TagNode.Content) {
                text.append(((TagNode.Content) kid).text());
            } else if (kid instanceof TagNode.Element) {
                TagNode.Element child = (TagNode.Element) kid;
                text.append(child.attributes().getOrDefault("ActualText", text(child)));
            }
        }
        return text.toString();
    }

    @Test
    void eachSpanIsASpanWithLangAroundItsText() {
        List<TagNode.Element> spans = spansWithLanguage();
        assertThat(spans).extracting(span -> span.attributes().get("Lang")).containsExactly("fr", "de-CH", "fr");
        assertThat(SourceText.normalise(text(spans.get(0)))).isEqualTo(FRENCH);
        assertThat(text(spans.get(1))).isEqualTo("Grüezi");
        assertThat(spans.get(2).kids()).singleElement().satisfies(kid -> assertThat(((TagNode.Element) kid).type())
                .isEqualTo("Link"));
        assertThat(text(spans.get(2))).isEqualTo("Le Monde");
    }

    @Test
    void theSpanIsReadInsideItsParagraph() {
        TagNode.Element p = inspection.elements().stream()
                .filter(e -> e.type().equals("P"))
                .filter(e -> e.kids().stream().anyMatch(spansWithLanguage()::contains))
                .findFirst()
                .orElseThrow();
        assertThat(p.kids())
                .filteredOn(kid -> kid instanceof TagNode.Element)
                .extracting(kid -> ((TagNode.Element) kid).attributes().get("Lang"))
                .containsExactly("fr", "de-CH", "fr");
    }

    @Test
    void aSpanBreaksAcrossLinesLikeTheTextAroundItAndStaysOneSpan() throws IOException {
        List<String> lines =
                TestPdfs.pageText(pdf, 1).lines().map(String::strip).toList();
        int first = indexOfLineWith(lines, "la rentrée");
        int last = indexOfLineWith(lines, "habitudes");
        assertThat(lines.get(first))
                .as("the span begins on the line its paragraph begins")
                .startsWith("In September the French speak of");
        assertThat(last).as("the span runs on over the following lines").isGreaterThan(first);
        assertThat(spansWithLanguage()).hasSize(3);
    }

    private static int indexOfLineWith(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no line with " + text + " in " + lines);
    }

    @Test
    void structureOrderTextIsTheSourceTextWithoutBracketsOrBraces() {
        List<String> reading =
                inspection.readingText().stream().map(SourceText::normalise).toList();
        assertThat(reading).containsSubsequence(SourceText.blocks(brief));
        assertThat(String.join("\n", reading)).doesNotContain("{lang", "]{", "[la");
    }

    @Test
    void conformsToPdfUaAndPdfA() {
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
    }
}
