package dev.brief.epub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Nothing is claimed that the book does not have. */
class AccessibilityDescriberTest {
    @Test
    void textOnlyBriefWithoutPageListClaimsNoVisualsAndNoPages() {
        AccessibilityMetadata metadata = AccessibilityDescriber.describe(
                new BriefSurvey(0, 0, 0, 1), false, Optional.empty(), Optional.of("urn:isbn:9780000000011"));
        assertThat(metadata.accessModes()).containsExactly("textual");
        assertThat(metadata.features())
                .containsExactly("structuralNavigation", "tableOfContents", "readingOrder", "displayTransformability");
        assertThat(metadata.pageBreakSource()).isEmpty();
        assertThat(metadata.summary())
                .contains("one headed section", "no images besides the cover")
                .doesNotContain("page list", "table has", "endnote");
    }

    @Test
    void countsAreWrittenAsRunningText() {
        AccessibilityMetadata metadata = AccessibilityDescriber.describe(
                new BriefSurvey(3, 12, 14, 10), true, Optional.of("Evaluators"), Optional.of("PDF edition"));
        assertThat(metadata.accessModes()).containsExactly("textual", "visual");
        assertThat(metadata.features()).contains("alternativeText", "pageNavigation", "printPageNumbers");
        assertThat(metadata.summary())
                .contains(
                        "10 headed sections",
                        "Each of its three figures has",
                        "Its 12 tables have",
                        "Each of its 14 endnotes is");
    }
}
