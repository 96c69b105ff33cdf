package dev.brief.core.legacy;

import static dev.brief.core.legacy.ExtractedBriefs.FILE;
import static dev.brief.core.legacy.ExtractedBriefs.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.diagnostic.Diagnostic;
import dev.brief.core.model.Block;
import dev.brief.core.model.Brief;
import dev.brief.core.model.PlainText;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rule of {@code docs/import.md} for a table whose rows a converter split into a first cell on a line of its
 * own and a pipe row of the other cells: the table is rebuilt with every row in its place, and pipe rows with
 * text between them that is no split row stay as they came.
 */
class ExtractionSplitRowsTest {
    private static final String TITLE = "## A Brief on Harbour Budgets\n\nThe board keeps dates.\n\n";

    private static List<List<String>> rows(Block.Table table, Brief brief) {
        return java.util.stream.Stream.concat(table.headerRows().stream(), table.bodyRows().stream())
                .map(row -> row.cells().stream()
                        .map(cell -> PlainText.of(cell.inlines(), brief))
                        .toList())
                .toList();
    }

    @Test
    void aFirstCellOnItsOwnLineRejoinsTheRowOfTheOtherCells() {
        ImportResult imported = LegacyImporter.convert(
                TITLE + "| **Step** | **Port A** | **Port B** |\n\n"
                        + "Board opens review\n\n| April 1, 2020 | May 2, 2021 |\n\n"
                        + "| Hearing held | June 3, 2020 | None |\n| --- | --- | --- |\n"
                        + "| Comments due | June 9, 2020 | July 1, 2021 |"
                        + "\n\nBoard reports to the minister\n\n| March 5, 2021 | August 8, 2021 |\n\n"
                        + "**Source:** Board records.\n",
                FILE);
        Brief brief = read(imported);

        List<Block> blocks = brief.lead();
        assertThat(blocks).hasSize(3);
        assertThat(rows((Block.Table) blocks.get(1), brief))
                .containsExactly(
                        List.of("Step", "Port A", "Port B"),
                        List.of("Board opens review", "April 1, 2020", "May 2, 2021"),
                        List.of("Hearing held", "June 3, 2020", "None"),
                        List.of("Comments due", "June 9, 2020", "July 1, 2021"),
                        List.of("Board reports to the minister", "March 5, 2021", "August 8, 2021"));
        assertThat(PlainText.of(((Block.Paragraph) blocks.get(2)).inlines(), brief))
                .startsWith("Source:");
        assertThat(imported.diagnostics())
                .map(Diagnostic::message)
                .contains("rebuilt this table from the lines after it: the converter had split 2 rows into the first"
                        + " cell on its own line and a row of the other cells");
    }

    @Test
    void textBetweenRowsOfEveryCellIsNoSplitRow() {
        ImportResult imported = LegacyImporter.convert(
                TITLE + "| Step | Port A | Port B |\n\n" + "The board met twice\n\n| Review | April 1 | May 2 |\n",
                FILE);

        assertThat(imported.source()).contains("\nThe board met twice\n");
        assertThat(imported.diagnostics()).map(Diagnostic::message).noneMatch(message -> message.startsWith("rebuilt"));
    }

    @Test
    void theRestOfAWrappedLastCellGoesBackIntoItsCell() {
        ImportResult imported = LegacyImporter.convert(
                TITLE + "| **Year** | **Action** |\n| --- | --- |\n"
                        + "| 1992 | The board opens the port under the |\n\nauthority of the harbour act\n\n"
                        + "| 1995 | The board and the city agree to |\n\nShare the Dredging Costs\n\n"
                        + "| 2001 | The board closes the old quay |\n\nThe board met twice.\n",
                FILE);
        Brief brief = read(imported);

        assertThat(rows((Block.Table) brief.lead().get(1), brief))
                .containsExactly(
                        List.of("Year", "Action"),
                        List.of("1992", "The board opens the port under the authority of the harbour act"),
                        List.of("1995", "The board and the city agree to Share the Dredging Costs"),
                        List.of("2001", "The board closes the old quay"));
        assertThat(PlainText.of(((Block.Paragraph) brief.lead().get(2)).inlines(), brief))
                .isEqualTo("The board met twice.");
        assertThat(imported.diagnostics())
                .map(Diagnostic::message)
                .contains("put 2 lines after this table's rows"
                        + " back into the last cell of the row above each: the cell had wrapped");
    }

    @Test
    void aSentenceATableInterruptedIsNoWrappedCell() {
        ImportResult imported = LegacyImporter.convert(
                TITLE + "| Year | Cost |\n| --- | --- |\n| 1992 | $5 |\n\n" + "which the board paid in full.\n", FILE);

        assertThat(imported.diagnostics()).map(Diagnostic::message).noneMatch(message -> message.startsWith("put "));
        assertThat(imported.source()).contains("| 1992 | $5 |\n");
    }

    @Test
    void aTableWithItsOwnBoldHeaderAfterAShortLineIsAnotherTable() {
        ImportResult imported = LegacyImporter.convert(
                TITLE + "| **Year** | **Action** |\n| --- | --- |\n"
                        + "| 1992 | The board opens the port under the |\n\nauthority of the harbour act\n\n"
                        + "| 1995 | The board closes the old quay |\n\nTable 2 lists the costs\n\n"
                        + "| **Port** | **Cost** |\n| --- | --- |\n| North | $5 |\n",
                FILE);
        Brief brief = read(imported);

        assertThat(brief.lead()).hasSize(4);
        assertThat(rows((Block.Table) brief.lead().get(3), brief))
                .containsExactly(List.of("Port", "Cost"), List.of("North", "$5"));
    }

    @Test
    void aRowOneCellShortTakesTheLinesUnderItAsItsWrappedAndMissingCells() {
        ImportResult imported = LegacyImporter.convert(
                TITLE + "| **Step** | **Port A** | **Port B** |\n\n"
                        + "Board opens review\n\n| April 1, 2020 | May 2, 2021 |\n\n"
                        + "| Minister decides | March 8, 2021 |\n\n(Order 97)\n\nJuly 30, 2022 (Order 109)\n\n"
                        + "| Works begin | March 23, 2021 | August 1, 2022 |\n\nThe board met twice.\n",
                FILE);
        Brief brief = read(imported);

        assertThat(rows((Block.Table) brief.lead().get(1), brief))
                .containsExactly(
                        List.of("Step", "Port A", "Port B"),
                        List.of("Board opens review", "April 1, 2020", "May 2, 2021"),
                        List.of("Minister decides", "March 8, 2021 (Order 97)", "July 30, 2022 (Order 109)"),
                        List.of("Works begin", "March 23, 2021", "August 1, 2022"));
        assertThat(brief.lead()).hasSize(3);
    }

    @Test
    void aRowOneCellShortWithTextAfterItThatNoRowFollowsStays() {
        ImportResult imported = LegacyImporter.convert(
                TITLE + "| **Step** | **Port A** | **Port B** |\n\n"
                        + "Board opens review\n\n| April 1, 2020 | May 2, 2021 |\n\n"
                        + "| Minister decides | March 8, 2021 |\n\nThe board met twice.\n",
                FILE);

        assertThat(imported.source()).contains("\n| Minister decides | March 8, 2021 |\n\nThe board met twice.\n");
    }
}
