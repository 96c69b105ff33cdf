package dev.brief.core.legacy;

import static dev.brief.core.legacy.ExtractedBriefs.imported;
import static dev.brief.core.legacy.ExtractedBriefs.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.model.Block;
import dev.brief.core.model.Brief;
import dev.brief.core.model.PlainText;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rule of {@code docs/import.md} for a paragraph a column break cut after a word no sentence ends on: it goes
 * on in the next paragraph whatever that paragraph's first letter; a paragraph cut after another word does not.
 */
class ExtractionColumnBreakTest {
    private static final String TITLE = "## A Brief on Harbour Budgets\n\n";

    private static List<String> paragraphs(String legacy) {
        Brief brief = read(imported(legacy));
        return brief.lead().stream()
                .map(block -> PlainText.of(((Block.Paragraph) block).inlines(), brief))
                .toList();
    }

    @Test
    void aParagraphEndingOnAnOpenWordGoesOnWhateverTheNextLetter() {
        assertThat(paragraphs(TITLE + "The board reports monthly. Additionally, in\n\n1977, the board added a rule."
                        + "\n\nThe port grew.\n"))
                .containsExactly(
                        "The board reports monthly. Additionally, in 1977, the board" + " added a rule.",
                        "The port grew.");
    }

    @Test
    void aSourceLineEndingOnADashGoesOn() {
        assertThat(paragraphs(
                        TITLE + "**Source:** Adapted from Harbour Board -\n\nApril 19, 2022 (board.example)." + "\n"))
                .containsExactly("Source: Adapted from Harbour Board - April 19, 2022 (board.example).");
    }

    @Test
    void aParagraphEndingOnAnotherWordStays() {
        assertThat(paragraphs(
                        TITLE + "The board reports to Harbour Research Institute\n\n1977 was a busy year." + "\n"))
                .hasSize(2);
    }
}
