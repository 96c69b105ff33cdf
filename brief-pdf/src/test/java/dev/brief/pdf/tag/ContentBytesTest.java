package dev.brief.pdf.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;

/** Numbers in content streams are written as PDFBox's {@code PDPageContentStream} writes them. */
class ContentBytesTest {

    @Test
    void numbersAreFormattedAsPdfBoxFormatsThem() throws IOException {
        Random random = new Random(2026);
        float[] values = new float[2_000];
        float[] edges = {0, -0f, 1, -1, 72, 0.5f, 1.234567f, 595.2756f, -0.000001f, 0.000004f, 0.000005f,
                9.999996f, 2.147483E9f, 3e9f, -3e9f, 1e20f, -1e20f, Float.MIN_VALUE, Float.MAX_VALUE};
        System.arraycopy(edges, 0, values, 0, edges.length);
        for (int i = edges.length; i < values.length; i++) {
            values[i] = (float) ((random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(12) - 4));
        }
        ContentBytes ours = new ContentBytes();
        for (float value : values) {
            ours.number(value);
            ours.operator("w");
        }
        assertThat(decoded(ours)).isEqualTo(pdfBox(values));
    }

    private static String decoded(ContentBytes bytes) throws IOException {
        try (COSStream stream = new COSStream()) {
            bytes.writeTo(stream);
            try (InputStream in = stream.createInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            }
        }
    }

    private static String pdfBox(float[] values) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.OVERWRITE, false)) {
                for (float value : values) {
                    content.setLineWidth(value);
                }
            }
            try (InputStream in = page.getContents()) {
                return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            }
        }
    }
}
