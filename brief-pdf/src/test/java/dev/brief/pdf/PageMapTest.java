package dev.brief.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.model.Block;
import dev.brief.core.model.Brief;
import dev.brief.core.model.PageMap;
import dev.brief.core.model.PlainText;
import dev.brief.core.testing.ModelWalker;
import dev.brief.pdf.inspect.PdfInspection;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The page map has one start per page, in page and source order, each naming a real element and offset. */
class PageMapTest {

    @Test
    void samplePageMapIsSane() throws IOException {
        assertSane(TestPdfs.sample());
    }

    @Test
    void kitchenSinkPageMapIsSane() throws IOException {
        assertSane(TestPdfs.kitchenSink());
    }

    private static void assertSane(TestPdfs.Written written) throws IOException {
        PageMap map = written.result().pageMap();
        try (PDDocument document = Loader.loadPDF(written.bytes())) {
            assertThat(written.result().pageCount()).isEqualTo(document.getNumberOfPages());
        }
        assertThat(map.pages()).hasSize(written.result().pageCount());
        assertThat(map.pages().get(0).elementId()).isEqualTo(PageMap.DOCUMENT_START);
        List<String> ids = ModelWalker.ids(written.brief());
        int previous = -1;
        for (int i = 0; i < map.pages().size(); i++) {
            PageMap.PageStart start = map.pages().get(i);
            assertThat(start.number()).isEqualTo(i + 1);
            assertThat(start.label()).isEqualTo(Integer.toString(i + 1));
            if (i == 0) {
                continue;
            }
            assertThat(ids).as("page %d starts in a model element", start.number()).contains(start.elementId());
            int order = ids.indexOf(start.elementId());
            assertThat(order).as("page %d starts after page %d in source order", i + 1, i).isGreaterThanOrEqualTo(previous);
            previous = order;
            assertThat(start.charOffset()).isLessThanOrEqualTo(textLength(written.brief(), start.elementId()));
            String text = paragraphText(written.brief(), start.elementId());
            if (text != null) {
                String firstWord = text.substring(start.charOffset()).strip().split("\\s+")[0];
                assertThat(pageText(written.bytes(), start.number()))
                        .as("page %d shows the text at its page-map offset", start.number()).contains(firstWord);
            }
        }
        assertThat(PdfInspection.of(written.bytes()).roots()).isNotEmpty();
    }

    private static String pageText(byte[] pdf, int page) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document);
        }
    }

    private static String paragraphText(Brief brief, String id) {
        for (Block block : BlockFinder.all(brief)) {
            if (block.id().equals(id) && block instanceof Block.Paragraph) {
                return PlainText.of(((Block.Paragraph) block).inlines(), brief);
            }
        }
        return null;
    }

    private static int textLength(Brief brief, String id) {
        StringBuilder found = new StringBuilder();
        for (Block block : BlockFinder.all(brief)) {
            if (block.id().equals(id) && block instanceof Block.Paragraph) {
                found.append(PlainText.of(((Block.Paragraph) block).inlines(), brief));
            }
        }
        return found.length() == 0 ? Integer.MAX_VALUE : found.length();
    }
}
