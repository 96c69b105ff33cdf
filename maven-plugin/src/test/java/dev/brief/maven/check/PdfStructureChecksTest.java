package dev.brief.maven.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.model.Brief;
import dev.brief.core.testing.SampleBriefs;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The tag-tree checks against trees made by hand: each one passes on a good tree and fails on a bad one. */
class PdfStructureChecksTest {
    private final Brief brief = SampleBriefs.sample();

    @Test
    void aWellTaggedTreePasses() {
        List<CheckedTag> notes = brief.notes().stream()
                .map(note -> element("Note", text("a source")))
                .toList();
        CheckedTag document = element(
                "Document",
                element("H1", text("Title")),
                element("H2", text("Section")),
                figure(Optional.of("Bar chart of requests")),
                link("the 2025 audit report", true),
                element("Sect", notes.toArray(CheckedTag[]::new)));

        assertThat(check(document)).allMatch(CheckResult::passed);
    }

    @Test
    void findsAFigureWithoutAltSkippedHeadingsVagueLinksAndMissingNotes() {
        CheckedTag document = element(
                "Document",
                element("H1", text("Title")),
                element("H3", text("Too deep")),
                figure(Optional.empty()),
                link("click here", false));

        List<CheckResult> results = check(document);

        assertThat(findings(results, "figures")).singleElement().asString().contains("Alt");
        assertThat(findings(results, "heading")).singleElement().asString().contains("level 3", "level 1");
        assertThat(findings(results, "link"))
                .hasSize(2)
                .anyMatch(finding -> finding.message().contains("click here"))
                .anyMatch(finding -> finding.message().contains("annotation"));
        assertThat(findings(results, "notes"))
                .singleElement()
                .asString()
                .contains(brief.notes().size() + " notes", "only 0");
    }

    @Test
    void findsPaintingThatIsNeitherTaggedNorAnArtifact() {
        CheckedTag document = element("Document", element("H1", text("Title")));

        List<CheckResult> results = check(document, List.of("page 2: re", "page 2: f"));

        assertThat(findings(results, "marks")).hasSize(2).first().asString().contains("page 2: re", "artifact");
    }

    private List<CheckResult> check(CheckedTag document) {
        return check(document, List.of());
    }

    private List<CheckResult> check(CheckedTag document, List<String> unmarkedPainting) {
        PdfStructure pdf =
                new PdfStructure(true, Optional.of(document), Optional.of("en"), Optional.empty(), 1, unmarkedPainting);
        return PdfStructureChecks.check(pdf, brief, "brief.pdf");
    }

    private static List<Finding> findings(List<CheckResult> results, String name) {
        return results.stream()
                .filter(result -> result.name().contains(name))
                .findFirst()
                .orElseThrow()
                .findings();
    }

    private static CheckedTag figure(Optional<String> alt) {
        return new CheckedTag("Figure", "Figure", alt, Optional.empty(), Optional.empty(), "", List.of());
    }

    private static CheckedTag link(String text, boolean annotated) {
        return annotated
                ? element("Link", text(text), CheckedTag.annotation("https://example.org/audit"))
                : element("Link", text(text));
    }

    private static CheckedTag text(String text) {
        return CheckedTag.content(text);
    }

    private static CheckedTag element(String role, CheckedTag... children) {
        return new CheckedTag(role, role, Optional.empty(), Optional.empty(), Optional.empty(), "", List.of(children));
    }
}
