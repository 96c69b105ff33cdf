package dev.brief.maven.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.diagnostic.SourceMap;
import dev.brief.core.model.Brief;
import dev.brief.core.read.ReadResult;
import dev.brief.core.testing.SampleBriefs;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reading-order check against tag trees made by hand from the sample's own text. */
class ReadingOrderCheckTest {
    private static Brief brief;
    private static SourceMap sourceMap;

    @BeforeAll
    static void readTheSample() {
        ReadResult read = SampleBriefs.read();
        brief = read.brief().orElseThrow();
        sourceMap = read.sourceMap();
    }

    @Test
    void passesWhenTheTagsHoldEveryPieceOfTextInSourceOrder() {
        List<String> texts = texts();

        assertThat(check(texts).findings()).isEmpty();
    }

    @Test
    void ignoresHowLayoutSpacedAndHyphenatedTheText() {
        List<String> texts = new ArrayList<>();
        for (String text : texts()) {
            texts.add(text.replace(" ", "\n  ").replace("\u00ad", ""));
        }

        assertThat(check(texts).findings()).isEmpty();
    }

    @Test
    void namesAnElementReadOutOfOrderAtItsSourcePosition() {
        List<String> texts = texts();
        Collections.swap(texts, 6, 7);
        // Unit 6 is found where unit 7 was; unit 7 then comes too late.
        String late = SourceTexts.of(brief).get(7).elementId();
        String early = SourceTexts.of(brief).get(6).elementId();

        List<Finding> findings = check(texts).findings();

        assertThat(findings).isNotEmpty();
        assertThat(findings.get(0).where())
                .isEqualTo(sourceMap.position(late).orElseThrow().toString());
        assertThat(findings.get(0).message()).contains(late, "is read before " + early);
    }

    @Test
    void namesAnElementMissingFromTheTags() {
        List<String> texts = texts();
        String dropped = SourceTexts.of(brief).get(3).elementId();
        texts.remove(3);

        assertThat(check(texts).findings()).singleElement().satisfies(finding -> assertThat(finding.message())
                .contains(dropped, "missing"));
    }

    @Test
    void readsAnHtmlEditionInDocumentOrder() {
        List<String> texts = texts();
        assertThat(checkHtml(texts).findings()).isEmpty();

        Collections.swap(texts, 6, 7);
        assertThat(checkHtml(texts).findings())
                .isNotEmpty()
                .first()
                .asString()
                .contains(SourceTexts.of(brief).get(7).elementId(), "is read before");
    }

    private static CheckResult checkHtml(List<String> texts) {
        StringBuilder html = new StringBuilder("<html><body><main>");
        texts.forEach(text ->
                html.append("<p>").append(org.jsoup.nodes.Entities.escape(text)).append("</p>"));
        html.append("</main></body></html>");
        var documents = List.of(new MarkupDocuments.Named("brief.html", org.jsoup.Jsoup.parse(html.toString())));
        return ReadingOrderCheck.check("HTML", documents, brief, sourceMap, "brief.md", "brief.html");
    }

    private static List<String> texts() {
        return new ArrayList<>(
                SourceTexts.of(brief).stream().map(SourceTexts.Unit::text).toList());
    }

    private static CheckResult check(List<String> texts) {
        List<CheckedTag> paragraphs = texts.stream()
                .map(text -> element("P", List.of(CheckedTag.content(text))))
                .toList();
        PdfStructure pdf = new PdfStructure(
                true, Optional.of(element("Document", paragraphs)), Optional.of("en"), Optional.empty(), 1, List.of());
        return ReadingOrderCheck.check(pdf, brief, sourceMap, "brief.md", "brief.pdf");
    }

    private static CheckedTag element(String role, List<CheckedTag> children) {
        return new CheckedTag(role, role, Optional.empty(), Optional.empty(), Optional.empty(), "", children);
    }
}
