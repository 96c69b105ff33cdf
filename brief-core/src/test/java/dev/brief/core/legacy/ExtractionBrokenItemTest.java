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
 * The rule of {@code docs/import.md} for a list's last item a page or column break cut: when the item is a
 * sentence, the paragraph continuing it goes back into the item; short items ending without punctuation, as
 * printed lists have them, stay as they are.
 */
class ExtractionBrokenItemTest {
    private static final String TITLE = "## A Brief on Harbour Budgets\n\nThe board funds two things:\n\n";
    private static final String FOOT = "Harbour Research Institute<sup>%d</sup>\n\n";

    private static List<String> items(Brief brief) {
        Block.ListBlock list = (Block.ListBlock) brief.lead().get(1);
        return list.items().stream()
                .map(item -> PlainText.of(((Block.Paragraph) item.blocks().get(0)).inlines(), brief))
                .toList();
    }

    @Test
    void aSentenceItemCutByAColumnBreakGoesOnInTheLowerCaseParagraphAfterIt() {
        Brief brief = read(LegacyImporter.convert(
                TITLE + "- Repairs to quays.\n\n"
                        + "- The board pays for dredging the harbour,\n\n"
                        + "which the city matched in full.\n\nThe board met twice.\n",
                FILE));

        assertThat(items(brief))
                .containsExactly(
                        "Repairs to quays.",
                        "The board pays for dredging the harbour, which the city matched in full.");
        assertThat(brief.lead()).hasSize(3);
    }

    @Test
    void aSentenceItemCutByAPageEndGoesOnWhateverTheNextWord() {
        ImportResult imported = LegacyImporter.convert(
                TITLE + "- Repairs to quays.\n\n"
                        + "- **Costs.** The port authority reported the costs of the works to the board under the\n\n"
                        + FOOT.formatted(2)
                        + "Harbour Act of 1990 and the rules of the city.\n\nThe board met twice.\n\n"
                        + FOOT.formatted(3) + "The board closed.\n",
                FILE);
        Brief brief = read(imported);

        assertThat(items(brief))
                .containsExactly(
                        "Repairs to quays.",
                        "Costs. The port authority reported the costs of"
                                + " the works to the board under the Harbour Act of 1990 and the rules of the city.");
        assertThat(imported.diagnostics())
                .map(Diagnostic::message)
                .anyMatch(message -> message.startsWith("joined this paragraph to the one ending at line 7"));
    }

    @Test
    void shortItemsWithoutPunctuationStayAsPrinted() {
        Brief brief = read(LegacyImporter.convert(
                TITLE + "- Dredging\n\n- Repairs to the quays\n\n" + FOOT.formatted(2) + "The board met twice.\n\n"
                        + FOOT.formatted(3) + "The board closed.\n",
                FILE));

        assertThat(items(brief)).containsExactly("Dredging", "Repairs to the quays");
        assertThat(PlainText.of(((Block.Paragraph) brief.lead().get(2)).inlines(), brief))
                .isEqualTo("The board met twice.");
    }

    @Test
    void aBoldLeadInGluedToTheNextWordGetsItsSpaceBack() {
        ImportResult imported = LegacyImporter.convert(
                TITLE + "- **Civil Rights:**The court held that the rule"
                        + " applies.\n\n- **Ports.** The board met.\n",
                FILE);
        Brief brief = read(imported);

        assertThat(items(brief))
                .containsExactly("Civil Rights: The court held that the rule applies.", "Ports. The board met.");
        assertThat(imported.diagnostics())
                .map(Diagnostic::message)
                .containsOnlyOnce("put a space after the bold"
                        + " lead-in 'Civil Rights:': the converter had glued it to the next word");
    }
}
