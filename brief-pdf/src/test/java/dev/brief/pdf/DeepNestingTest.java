package dev.brief.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.house.HouseStyle;
import dev.brief.core.model.Block;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Inline;
import dev.brief.core.model.Section;
import dev.brief.core.testing.BriefFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** Lists and quotes nested deeper than the column allows still lay out (they stop indenting), and pass. */
class DeepNestingTest {

    @Test
    void deeplyNestedListsQuotesAndWideTablesAreSet() {
        Block nested = new Block.Paragraph("p-1", text("The innermost paragraph of a very deep nest."));
        for (int depth = 0; depth < 200; depth++) {
            nested = depth % 2 == 0
                    ? new Block.ListBlock(
                            "list-" + (depth + 1),
                            depth % 4 == 0,
                            1,
                            List.of(new Block.ListItem("li-" + (depth + 1), List.of(nested))))
                    : new Block.Quote("quote-" + (depth + 1), List.of(nested), Optional.empty());
        }
        List<Block.TableCell> cells = new ArrayList<>();
        for (int column = 0; column < 40; column++) {
            cells.add(new Block.TableCell(text("Column" + column), false, Block.Alignment.START));
        }
        Block table = new Block.Table("table-1", List.of(), List.of(), List.of(new Block.TableRow(cells)));
        Section section = new Section("sec-deep", 2, text("Deep"), List.of(nested, table), List.of());
        Brief brief = BriefFixtures.minimalWith(section);
        TestPdfs.Written written = TestPdfs.write(brief, TestPdfs.fixtureImages(), HouseStyle.defaults());
        assertThat(VeraPdf.failures(written.bytes(), PDFAFlavour.PDFUA_1)).isEmpty();
    }

    private static List<Inline> text(String text) {
        return List.of(new Inline.Text(text));
    }
}
