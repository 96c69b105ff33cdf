package dev.brief.core.legacy;

import static dev.brief.core.legacy.ExtractedBriefs.imported;
import static dev.brief.core.legacy.ExtractedBriefs.read;
import static dev.brief.core.legacy.ExtractedBriefs.warnings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.model.Author;
import dev.brief.core.model.Block;
import dev.brief.core.model.Brief;
import dev.brief.core.model.PlainText;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The furniture rules of {@code docs/import.md}: what the printed page and the publisher's template put around a
 * brief (a masthead banner above the title, the publisher's address in a page's foot, a foot inside the author
 * information) does not reach the body, and text that only looks like it stays.
 */
class ExtractionFurnitureRulesTest {
    private static final String TITLE = "## A Brief on Harbour Budgets\n\n";

    private static List<String> bodyTexts(Brief brief) {
        return brief.lead().stream()
                .filter(Block.Paragraph.class::isInstance)
                .map(block -> PlainText.of(((Block.Paragraph) block).inlines(), brief))
                .toList();
    }

    @Test
    void theBannerAboveTheTitleIsDroppedProductTypeAudienceLineAndLogo() {
        ImportResult imported = imported("**HARBOUR NOTE** Prepared for Members of the Harbour Board\n\n"
                + "HARBOUR NOTEi\n\n" + TITLE + "The fund pays for repairs.\n");
        Brief brief = read(imported);

        assertThat(imported.source()).doesNotContain("HARBOUR NOTE").doesNotContain("Prepared for");
        assertThat(brief.sections()).isEmpty();
        assertThat(bodyTexts(brief)).containsExactly("The fund pays for repairs.");
        assertThat(brief.metadata().authors()).isEmpty();
        assertThat(warnings(imported))
                .filteredOn(warning -> warning.contains("as the publisher's banner"))
                .containsExactly(
                        "dropped 'HARBOUR NOTE' above the title as the publisher's banner (its product type, audience"
                                + " line or logo text)",
                        "dropped 'Prepared for Members of the Harbour Board' above the title as the publisher's"
                                + " banner (its product type, audience line or logo text)",
                        "dropped 'HARBOUR NOTEi' above the title as the publisher's banner (its product type,"
                                + " audience line or logo text)");
    }

    @Test
    void anAudienceLineCutByALineBreakAndALogoInTwoWordsAreBannerToo() {
        ImportResult imported = imported("**Harbour Legal Note** Prepared for Members and\n\n"
                + "Committees of the Board\n\nLegal Notei\n\n" + TITLE + "The fund pays for repairs.\n");
        Brief brief = read(imported);

        assertThat(imported.source()).doesNotContain("Committees of the Board").doesNotContain("Legal Note");
        assertThat(brief.metadata().authors())
                .as("the logo text is no author's name")
                .isEmpty();
        assertThat(bodyTexts(brief)).containsExactly("The fund pays for repairs.");
    }

    @Test
    void linesAboveTheTitleThatAreNoBannerStay() {
        ImportResult imported = imported(
                "**Peace Brief 231**\n\nRising costs at the port\n\n" + TITLE + "The fund pays for repairs.\n");
        Brief brief = read(imported);

        assertThat(brief.metadata().series()).contains("Peace Brief");
        assertThat(bodyTexts(brief)).containsExactly("Rising costs at the port", "The fund pays for repairs.");
        assertThat(warnings(imported)).noneMatch(warning -> warning.contains("publisher's banner"));
    }

    @Test
    void aLoneAddressBesideAPagesFootIsFurnitureElsewhereItStays() {
        ImportResult imported = imported(TITLE + "The fund pays for repairs.\n\n"
                + "Harbour Research Institute<sup>2</sup>\n\nhttps://research.example.org\n\n"
                + "The board met twice.\n\nThe register is online:\n\nhttps://register.example.org\n\n"
                + "It lists every port.\n\nHarbour Research Institute<sup>3</sup>\n\nThe board closed.\n");
        Brief brief = read(imported);

        assertThat(imported.source()).doesNotContain("research.example.org").contains("register.example.org");
        assertThat(bodyTexts(brief)).contains("https://register.example.org");
        assertThat(warnings(imported))
                .contains("dropped 'https://research.example.org' as page furniture (a running"
                        + " head or foot, a page number or the document number the printed page repeats)");
    }

    @Test
    void aPagesFootInsideTheAuthorInformationIsFurnitureTheAuthorsStay() {
        ImportResult imported = imported(TITLE + "The fund pays for repairs.\n\n"
                + "Harbour Research Institute<sup>2</sup>\n\nThe board met twice.\n\n### Author Information\n\n"
                + "Jane Doe Analyst in Port Finance\n\nHarbour Research Institute<sup>3</sup>\n\n"
                + "HB1234 · VERSION 1 · NEW\n");
        Brief brief = read(imported);

        assertThat(brief.metadata().authors()).extracting(Author::name).containsExactly("Jane Doe");
        assertThat(imported.source())
                .doesNotContain("Harbour Research Institute")
                .doesNotContain("HB1234");
        assertThat(warnings(imported))
                .contains("dropped 'HB1234 · VERSION 1 · NEW' as page furniture (a running"
                        + " head or foot, a page number or the document number the printed page repeats)");
    }

    @Test
    void aLineRepeatingTheDateIsDroppedWhereverItStandsAnotherDateStays() {
        ImportResult imported = imported(TITLE + "Updated April 21, 2026\n\n## Summary\n\nThe fund pays for repairs."
                + "\n\nApril 21, 2026\n\n## Budget\n\nThe board met twice.\n\nMay 4, 2026\n\nThe board closed.\n");
        Brief brief = read(imported);

        assertThat(brief.metadata().date()).contains(java.time.LocalDate.of(2026, 4, 21));
        assertThat(imported.source()).doesNotContain("April 21, 2026").contains("May 4, 2026");
        assertThat(warnings(imported)).contains("dropped this repeated date line");
    }
}
