package dev.brief.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.brief.pdf.fonts.InstalledFont;
import dev.brief.pdf.fonts.SystemFonts;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A member of a system font collection, copied out as a font of its own, embeds as a subset that veraPDF
 * accepts for PDF/A-2 (the font clauses, 6.2.11) and that reads back as the text drawn.
 */
class SystemFontEmbeddingTest {
    private static final Path WQY = Path.of("/usr/share/fonts/truetype/wqy");

    @Test
    void aCollectionMemberEmbedsAsAValidSubset() throws Exception {
        assumeTrue(Files.isDirectory(WQY), "fonts-wqy-zenhei is not installed");
        InstalledFont source = SystemFonts.scan(List.of(WQY))
                .chain(0x4E2D, "zh", false, false, false)
                .get(0);
        assertThat(source.collectionIndex()).isEqualTo(0);
        String text = "\u4e2d\u6587\u7b80\u62a5 \ud55c\uad6d\uc5b4";

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDType0Font font =
                    PDType0Font.load(document, new RandomAccessReadBuffer(source.readTrueType()), true, false);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 14);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            document.save(pdf);
        }

        assertThat(pdf.size()).isLessThan(200_000);
        assertThat(VeraPdf.failures(pdf.toByteArray(), PDFAFlavour.PDFA_2_B))
                .noneMatch(failure -> failure.startsWith("6.2.11"));
        try (PDDocument written = org.apache.pdfbox.Loader.loadPDF(pdf.toByteArray())) {
            assertThat(new PDFTextStripper().getText(written).strip()).isEqualTo(text);
        }
    }
}
