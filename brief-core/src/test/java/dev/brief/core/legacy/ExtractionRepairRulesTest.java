package dev.brief.core.legacy;

import static dev.brief.core.legacy.ExtractedBriefs.imported;
import static dev.brief.core.legacy.ExtractedBriefs.read;
import static dev.brief.core.legacy.ExtractedBriefs.warnings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.model.Block;
import dev.brief.core.model.Brief;
import dev.brief.core.model.PlainText;
import dev.brief.core.model.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One test per repair rule of {@code docs/import.md} that real briefs of another publisher called for: each
 * imports a small text showing the extraction damage, reads the converted source into the model and checks the
 * repaired structure and the rule's warning; the rule's counter-case checks that text the rule must not touch stays.
 */
class ExtractionRepairRulesTest {
    private static final String TITLE = "## A Brief on Harbour Budgets\n\n";

    private static String text(Block block, Brief brief) {
        return PlainText.of(((Block.Paragraph) block).inlines(), brief);
    }

    private static String heading(Section section, Brief brief) {
        return PlainText.of(section.heading(), brief);
    }

    @Test
    void aBoldPhraseWithoutAPeriodOpeningAParagraphIsARunInHeading() {
        ImportResult imported = imported(TITLE + "**Economic Conditions** The economy has grown for three years.\n");
        Brief brief = read(imported);

        assertThat(brief.sections()).singleElement().satisfies(section -> {
            assertThat(heading(section, brief)).isEqualTo("Economic Conditions");
            assertThat(text(section.blocks().get(0), brief)).isEqualTo("The economy has grown for three years.");
        });
        assertThat(warnings(imported)).anyMatch(warning -> warning.startsWith("split the run-in heading"));
    }

    @Test
    void aBoldLeadInEndingWithAPeriodOrGoingOnInTheSentenceStaysInItsParagraph() {
        ImportResult imported = imported(TITLE + "## Measures\n\n**Sanctions.** In 2019 the board fined two ports.\n\n"
                + "**Working lands programs** allow land to stay in production.\n");

        assertThat(imported.source())
                .contains("**Sanctions.** In 2019 the board fined two ports.")
                .contains("**Working lands programs** allow land to stay in production.");
        assertThat(read(imported).allSections()).as(imported.source()).hasSize(1);
    }

    @Test
    void aRunInHeadingAColumnBreakCutIsOneHeading() {
        ImportResult imported = imported(TITLE + "The fund pays for repairs.\n\n"
                + "**Did the Fund Affect Payments to**\n\n"
                + "**States or Other Funds?** The act provided that deposits would not.\n");
        Brief brief = read(imported);

        assertThat(heading(brief.sections().get(0), brief))
                .isEqualTo("Did the Fund Affect Payments to States or Other" + " Funds?");
    }

    @Test
    void backMatterGoesToTheFrontMatterAndTheColophonAfterTheNotes() {
        ImportResult imported = imported(TITLE + "## Findings\n\nPorts spent more.<sup>1</sup>\n\n"
                + "### Author Information\n\nJane Q. Doe Analyst in Fiscal Policy\n\nLeo Park Specialist in Ports\n\n"
                + "### Disclaimer\n\nThis document was prepared by the Harbour Research Office."
                + " It may be reproduced.\n\n"
                + "## Notes\n\n1. See the port accounts.\n");
        Brief brief = read(imported);

        assertThat(brief.metadata().authors())
                .extracting(author -> author.name())
                .containsExactly("Jane Q. Doe", "Leo Park");
        assertThat(brief.metadata().authors().get(0).affiliation()).contains("Analyst in Fiscal Policy");
        assertThat(brief.publisher().orElseThrow().name()).isEqualTo("Harbour Research Office");
        assertThat(brief.publisher().get().disclaimer())
                .contains("This document was prepared by the Harbour Research Office. It may be reproduced.");
        assertThat(brief.allSections())
                .extracting(section -> heading(section, brief))
                .containsExactly("Findings");
        assertThat(brief.notes()).hasSize(1);
        assertThat(warnings(imported))
                .anyMatch(
                        warning -> warning.startsWith("moved the disclaimer under this" + " heading to the colophon"));
    }

    @Test
    void aClosingLineOfBoldNamesWithTitlesNamesTheAuthors() {
        Brief brief = read(imported(TITLE + "The ports spent more.\n\n**Carol Vincent**, Specialist in Ports "
                + "**Laura Comay**, Analyst in Budgets\n"));

        assertThat(brief.metadata().authors())
                .extracting(author -> author.name())
                .containsExactly("Carol Vincent", "Laura Comay");
        assertThat(brief.metadata().authors().get(1).affiliation()).contains("Analyst in Budgets");
    }

    @Test
    void aUrlBrokenAcrossLinesReadsWhole() {
        ImportResult imported = imported(TITLE + "The budget is online.<sup>1</sup>\n\n## Notes\n\n"
                + "1. Harbour Office, https://www.example.gov/ about/budget.\n");
        Brief brief = read(imported);

        assertThat(imported.source())
                .contains("https://www.example.gov/about/budget")
                .doesNotContain("example.gov/ about");
        assertThat(brief.notes()).hasSize(1);
        assertThat(warnings(imported)).anyMatch(warning -> warning.contains("into one URL"));
    }

    @Test
    void aUrlEndingALineBeforeAnOrdinaryWordIsNotJoined() {
        ImportResult imported = imported(TITLE + "Read www.example.gov/ and the annual report.\n");

        assertThat(imported.source()).doesNotContain("example.gov/and");
    }

    @Test
    void footnotesAtThePageFootBecomeNotesAndTheBodyReadsOnAcrossThePage() {
        ImportResult imported = imported(TITLE + "Port dues rose in 2024.<sup>1</sup> The boards met\n\n"
                + "1 See the accounts of the Harbour Office, https://www.example.gov/\n\n"
                + "reports/2024.pdf.\n\nHarbour Research Office\n\n"
                + "Congress then asked for a review.<sup>2</sup>\n\n2 Letter of the committee.\n\n"
                + "Harbour Research Office\n");
        Brief brief = read(imported);

        assertThat(brief.notes()).hasSize(2);
        assertThat(brief.notes().get(0).blocks()).singleElement().satisfies(block -> assertThat(text(block, brief))
                .isEqualTo("See the accounts of the Harbour Office, https://www.example.gov/reports/2024.pdf."));
        assertThat(brief.lead()).singleElement().satisfies(block -> assertThat(text(block, brief))
                .startsWith("Port dues rose in 2024.")
                .contains("The boards met Congress then asked"));
        assertThat(warnings(imported))
                .anyMatch(warning -> warning.startsWith("took the paragraphs at the foot of"))
                .anyMatch(warning -> warning.startsWith("dropped 'Harbour Research Office' as page furniture"));
    }

    @Test
    void aReferenceToANoteTheBriefLacksStaysAsItsNumberInBrackets() {
        ImportResult imported = imported(TITLE + "Dues rose.<sup>7</sup>\n");

        assertThat(imported.source()).contains("Dues rose.[7]").doesNotContain("[^7]");
        read(imported);
    }

    @Test
    void runningHeadsPageNumbersAndTheDocumentNumberArePageFurniture() {
        ImportResult imported = imported(TITLE + "First page text.\n\nHarbour Research Office<sup>1</sup>\n\n"
                + "HR1234\n\nA Brief on Harbour Budgets\n\nSecond page text.\n\nHarbour Research Office 2\n\n"
                + "HR1234 · VERSION 3 · UPDATED\n\n17\n");

        assertThat(imported.source())
                .doesNotContain("Harbour Research Office")
                .doesNotContain("HR1234")
                .doesNotContain("\n17\n")
                .contains("First page text.")
                .contains("Second page text.");
        assertThat(read(imported).lead()).hasSize(2);
    }

    @Test
    void aTableCutByAPageBreakWithItsHeaderRepeatedIsOneTable() {
        ImportResult imported = imported(TITLE + "## Dues\n\n| Port | Dues |\n| --- | --- |\n| Ayr | 4 |\n\n"
                + "Harbour Research Office\n\n**Harbour Brief No. 7**\n\n"
                + "| Port | Dues |\n| --- | --- |\n| Troon | 5 |\n\n"
                + "Harbour Research Office\n");
        Brief brief = read(imported);

        List<Block> blocks = brief.sections().get(0).blocks();
        assertThat(blocks.get(0)).isInstanceOfSatisfying(Block.Table.class, table -> assertThat(table.bodyRows())
                .hasSize(2));
        assertThat(blocks).filteredOn(Block.Table.class::isInstance).hasSize(1);
        assertThat(text(blocks.get(1), brief)).isEqualTo("Harbour Brief No. 7");
        assertThat(warnings(imported)).anyMatch(warning -> warning.startsWith("joined this table to the one at line"));
    }

    @Test
    void anEmptyBulletTakesTheParagraphAfterItAsItsText() {
        ImportResult imported = imported(TITLE + "The act allows:\n\n- \n\nreplacing old equipment,\n\n- \n\n"
                + "auditing results.\n\n- **Civil Rights:**\n\nThe court held that the rule applies.\n");
        Brief brief = read(imported);

        assertThat(brief.lead())
                .filteredOn(Block.ListBlock.class::isInstance)
                .flatMap(block -> ((Block.ListBlock) block).items())
                .extracting(item -> text(item.blocks().get(0), brief))
                .containsExactly(
                        "replacing old equipment,",
                        "auditing results.",
                        "Civil Rights: The court held that the rule applies.");
    }

    @Test
    void aDateLineBeforeTheFirstSectionIsTheBriefsDate() {
        ImportResult imported = imported("Updated April 14, 2026\n\n" + TITLE + "April 14, 2026\n\nText.\n\n"
                + "## Later\n\nThe hearing of May 2, 2026 was short.\n");
        Brief brief = read(imported);

        assertThat(brief.metadata().date()).contains(java.time.LocalDate.of(2026, 4, 14));
        assertThat(imported.source()).doesNotContain("April 14, 2026").contains("May 2, 2026");
    }

    @Test
    void aDropCapSetApartGoesBackOnItsWord() {
        ImportResult imported = imported(TITLE + "ongressional hearings may be classified in four types.\n\n"
                + "All hearings gather information.\n\n## C\n\n## Oversight\n\nCongress oversees.\n");
        Brief brief = read(imported);

        assertThat(text(brief.lead().get(0), brief)).startsWith("Congressional hearings may be classified");
        assertThat(brief.allSections())
                .extracting(section -> heading(section, brief))
                .containsExactly("Oversight");
    }

    @Test
    void colophonLinesThatNameNoPublisherStayInTheBodySoTheBriefBuilds() {
        ImportResult imported =
                imported(TITLE + "Text of the brief.\n\n## Later\n\nThe hearing was short.\n\n" + "May 2, 2026\n");
        Brief brief = read(imported);

        assertThat(brief.publisher()).isEmpty();
        assertThat(imported.source()).contains("May 2, 2026");
    }

    @Test
    void aPrintedTableOfContentsIsDroppedAndACaptionSetAsAHeadingIsNoSection() {
        ImportResult imported = imported(TITLE + "### Contents\n\nIntroduction ........................ 1 Dues"
                + " ........................ 2\n\n## Introduction\n\nPorts pay dues.\n\n"
                + "### Table 1. Dues by Port\n\n| Port | Dues |\n| --- | --- |\n| Ayr | 4 |\n\n"
                + "## Dues\n\nThey rose.\n");
        Brief brief = read(imported);

        assertThat(brief.allSections())
                .extracting(section -> heading(section, brief))
                .containsExactly("Introduction", "Dues");
        assertThat(imported.source()).doesNotContain("....").contains("**Table 1. Dues by Port**");
        assertThat(warnings(imported))
                .anyMatch(warning -> warning.startsWith("dropped these contents entries"))
                .anyMatch(warning -> warning.startsWith("made the caption 'Table 1. Dues by Port' a paragraph"));
    }

    @Test
    void aSubheadingAOneWordLineOrACodeWithoutAVersionLineIsNoPageFurniture() {
        ImportResult imported = imported(TITLE + "## Ports\n\n### Background\n\nPorts pay dues.\n\nYes\n\nFY2025\n\n"
                + "## Ferries\n\n### Background\n\nFerries pay fares.\n\nYes\n");
        Brief brief = read(imported);

        assertThat(brief.allSections())
                .extracting(section -> heading(section, brief))
                .containsExactly("Ports", "Background", "Ferries", "Background");
        assertThat(imported.source().split("\nYes\n", -1)).hasSize(3);
        assertThat(imported.source()).contains("\nFY2025\n");
    }

    @Test
    void aboutTheAuthorsGivesEachAuthorABiographyForTheColophon() {
        ImportResult imported = imported("By Jane Doe\n\n" + TITLE + "Ports pay dues.\n\n## About the authors\n\n"
                + "Jane Doe is a senior fellow at the Harbour Institute, where she studies port finance.\n\n"
                + "Leo Park, PhD, was an adviser to the port board.\n");
        Brief brief = read(imported);

        assertThat(brief.metadata().authors())
                .extracting(author -> author.name())
                .containsExactly("Jane Doe", "Leo Park");
        assertThat(brief.metadata().authors().get(0).bio())
                .contains("Jane Doe is a senior fellow at the Harbour Institute, where she studies port finance.");
        assertThat(brief.metadata().authors().get(1).bio())
                .contains("Leo Park, PhD, was an adviser to the port board.");
        assertThat(brief.allSections()).isEmpty();
    }

    @Test
    void aHeadingAColumnBreakCutIntoTwoHeadingLinesIsOneHeading() {
        ImportResult imported = imported(TITLE + "Text.\n\n### Items Not Funded by Judiciary\n\n### Appropriations\n\n"
                + "Three courts are funded elsewhere.\n\n### Background\n\n### Funding\n\nIt rose.\n");
        Brief brief = read(imported);

        assertThat(brief.allSections())
                .extracting(section -> heading(section, brief))
                .containsExactly("Items Not Funded by Judiciary Appropriations", "Background", "Funding");
    }
}
