package dev.brief.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.house.HouseStyle;
import dev.brief.core.model.Block;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Inline;
import dev.brief.core.model.Section;
import dev.brief.core.testing.BriefFixtures;
import dev.brief.pdf.inspect.PdfInspection;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** A table longer than a page repeats its header row on the next page, as an artifact: tagged once. */
class LongTableTest {

    @Test
    void headerRowsRepeatAsArtifacts() throws IOException {
        List<Block.TableRow> body = new ArrayList<>();
        for (int row = 1; row <= 90; row++) {
            body.add(new Block.TableRow(List.of(cell("Region " + row, true), cell(Integer.toString(row * 7), false))));
        }
        Block.Table table = new Block.Table(
                "table-1",
                text("A long table."),
                List.of(new Block.TableRow(List.of(cell("Region", true), cell("Requests", true)))),
                body);
        Section section = new Section("sec-table", 2, text("Table"), List.of(table), List.of());
        Brief brief = BriefFixtures.minimalWith(section);
        TestPdfs.Written written = TestPdfs.write(brief, TestPdfs.fixtureImages(), HouseStyle.defaults());

        assertThat(written.result().pageCount()).isGreaterThan(1);
        assertThat(TestPdfs.pageText(written.bytes(), 2)).contains("Region", "Requests");
        PdfInspection inspection = PdfInspection.of(written.bytes());
        assertThat(inspection.elements())
                .filteredOn(element -> element.type().equals("TH"))
                .hasSize(2 + 90);
        assertThat(inspection.readingText())
                .containsSubsequence("Region", "Requests", "Region 1", "7", "Region 90", "630");
        assertThat(inspection.unmarkedPainting()).isEmpty();
        assertThat(VeraPdf.failures(written.bytes(), PDFAFlavour.PDFUA_1)).isEmpty();
    }

    private static Block.TableCell cell(String text, boolean header) {
        return new Block.TableCell(text(text), header, Block.Alignment.START);
    }

    private static List<Inline> text(String text) {
        return List.of(new Inline.Text(text));
    }
}
