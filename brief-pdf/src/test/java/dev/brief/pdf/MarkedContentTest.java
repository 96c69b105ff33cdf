package dev.brief.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.pdf.inspect.PdfInspection;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;

/** Every operator that paints text or paths lies inside a tagged sequence or an artifact, never nested. */
class MarkedContentTest {

    @Test
    void samplePaintsNothingOutsideMarkedContent() throws IOException {
        assertThat(PdfInspection.of(TestPdfs.sample().bytes()).unmarkedPainting())
                .isEmpty();
    }

    @Test
    void kitchenSinkPaintsNothingOutsideMarkedContent() throws IOException {
        assertThat(PdfInspection.of(TestPdfs.kitchenSink().bytes()).unmarkedPainting())
                .isEmpty();
    }

    @Test
    void theCheckFindsPaintingOutsideMarkedContent() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                stream.addRect(10, 10, 50, 50);
                stream.fill();
            }
            document.save(out);
        }
        assertThat(PdfInspection.of(out.toByteArray()).unmarkedPainting()).containsExactly("page 1: f");
    }
}
