package dev.brief.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.house.HouseStyle;
import dev.brief.core.model.Block;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Inline;
import dev.brief.core.model.Section;
import dev.brief.core.testing.BriefFixtures;
import dev.brief.pdf.inspect.PdfInspection;
import dev.brief.pdf.inspect.TagNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A table row taller than a page (one cell of several hundred words) breaks between lines and continues on the
 * next page under the repeated header; the structure keeps one TR with its cells, whose content spans pages.
 */
class TallTableRowTest {
    private static final String LONG_TEXT = IntStream.rangeClosed(1, 900)
            .mapToObj(n -> n % 10 == 0 ? "evidence" + n + "." : "term" + n)
            .collect(Collectors.joining(" "));

    @Test
    void tallRowBreaksAcrossPagesInsideTheMediaBox() throws IOException {
        TestPdfs.Written written = TestPdfs.write(briefWithTallRow(), TestPdfs.fixtureImages(), HouseStyle.defaults());
        byte[] pdf = written.bytes();

        assertThat(outsideMediaBox(pdf)).isEmpty();
        PdfInspection inspection = PdfInspection.of(pdf);
        List<TagNode.Element> rows = inspection.elements().stream()
                .filter(element -> element.type().equals("TR"))
                .toList();
        assertThat(rows).hasSize(4);
        TagNode.Element tallRow = rows.get(2);
        List<TagNode.Element> cells = tallRow.kids().stream()
                .filter(TagNode.Element.class::isInstance)
                .map(TagNode.Element.class::cast)
                .toList();
        assertThat(cells).extracting(TagNode.Element::type).containsExactly("TD", "TD");
        assertThat(pagesOf(cells.get(1))).as("pages the long cell is drawn on").hasSizeGreaterThanOrEqualTo(2);
        assertThat(inspection.readingText())
                .containsSubsequence("Short", "A short row.", "Long", LONG_TEXT, "After", "The row after.");
        int continuation = pagesOf(cells.get(1)).last();
        assertThat(TestPdfs.pageText(pdf, continuation)).contains("Topic", "Evidence", "evidence900.");
        assertThat(inspection.unmarkedPainting()).isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    private static Brief briefWithTallRow() {
        Block.Table table = new Block.Table(
                "table-tall",
                text("Evidence by topic."),
                List.of(new Block.TableRow(List.of(cell("Topic"), cell("Evidence")))),
                List.of(
                        new Block.TableRow(List.of(cell("Short"), cell("A short row."))),
                        new Block.TableRow(List.of(cell("Long"), cell(LONG_TEXT))),
                        new Block.TableRow(List.of(cell("After"), cell("The row after.")))));
        Section section = new Section("sec-table", 2, text("Table"), List.of(table), List.of());
        return BriefFixtures.minimalWith(section);
    }

    /** The pages (from 1) that hold marked content of {@code element} or its descendants. */
    private static TreeSet<Integer> pagesOf(TagNode.Element element) {
        TreeSet<Integer> pages = new TreeSet<>();
        for (TagNode.Element each : element.descendants()) {
            for (TagNode kid : each.kids()) {
                if (kid instanceof TagNode.Content) {
                    pages.add(((TagNode.Content) kid).page());
                }
            }
        }
        return pages;
    }

    /** Every glyph whose box leaves its page's media box, as "page N: text at x, y". */
    private static List<String> outsideMediaBox(byte[] pdf) throws IOException {
        List<String> outside = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    PDRectangle box = getCurrentPage().getMediaBox();
                    float top = text.getYDirAdj() - text.getHeightDir();
                    if (text.getXDirAdj() < 0
                            || text.getXDirAdj() + text.getWidthDirAdj() > box.getWidth()
                            || top < 0
                            || text.getYDirAdj() > box.getHeight()) {
                        outside.add("page " + getCurrentPageNo() + ": " + text.getUnicode() + " at " + text.getXDirAdj()
                                + ", " + text.getYDirAdj());
                    }
                    super.processTextPosition(text);
                }
            };
            stripper.getText(document);
        }
        return outside;
    }

    private static Block.TableCell cell(String text) {
        return new Block.TableCell(text(text), false, Block.Alignment.START);
    }

    private static List<Inline> text(String text) {
        return List.of(new Inline.Text(text));
    }
}
