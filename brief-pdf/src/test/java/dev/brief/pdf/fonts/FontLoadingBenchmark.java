package dev.brief.pdf.fonts;

import dev.brief.pdf.OneArtifactPage;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * What embedding the fonts costs one document (run its {@code main}; not a test, so no time is
 * ever asserted): a document that sets a line in every face and is saved, once with PDFBox's own
 * embedding (each face's file parsed for the document, {@code PDType0Font.load}, subset at save) and
 * once through a {@link FontSet} (subsets cut from fonts parsed once per process). Both start from the
 * files a {@link FontLibrary} keeps and embed the same subsets. The two alternate round by round, so
 * both see the same load, and the time is the thread's CPU time, which a busy machine disturbs less
 * than wall time.
 */
public final class FontLoadingBenchmark {
    private static final String LINE = "Civic data trusts: who decides, on what terms, and for whom — 2026";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private FontLoadingBenchmark() {}

    public static void main(String[] arguments) throws IOException {
        int warmUp = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 30;
        int rounds = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 60;
        FontLibrary library = FontLibrary.bundled();
        for (int i = 0; i < warmUp; i++) {
            documentByPdfbox(library);
            documentByFontSet(library);
        }
        long[] pdfbox = new long[rounds];
        long[] fontSet = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = THREADS.getCurrentThreadCpuTime();
            documentByPdfbox(library);
            long middle = THREADS.getCurrentThreadCpuTime();
            documentByFontSet(library);
            pdfbox[i] = middle - start;
            fontSet[i] = THREADS.getCurrentThreadCpuTime() - middle;
        }
        System.out.printf(
                Locale.ROOT,
                "%d faces, %d warm-up rounds, %d timed rounds (thread CPU time)%n",
                Face.values().length,
                warmUp,
                rounds);
        System.out.printf(
                Locale.ROOT, "PDFBox's embedding, parsed per document: median %.2f ms per document%n", median(pdfbox));
        System.out.printf(
                Locale.ROOT, "FontSet, parsed once per process: median %.2f ms per document%n", median(fontSet));
    }

    private static int documentByPdfbox(FontLibrary library) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = 700;
                for (Face face : Face.values()) {
                    TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(library.fontFile(face)));
                    font.setEnableGsub(false);
                    content.beginText();
                    content.setFont(PDType0Font.load(document, font, true), 10);
                    content.newLineAtOffset(72, y);
                    content.showText(LINE);
                    content.endText();
                    y -= 14;
                }
            }
            return save(document);
        }
    }

    private static int documentByFontSet(FontLibrary library) throws IOException {
        return OneArtifactPage.pdf(library, (content, fonts) -> {
                    float y = 700;
                    for (Face face : Face.values()) {
                        content.text(fonts.font(face), 10, Color.BLACK, 72, y, LINE);
                        y -= 14;
                    }
                })
                .length;
    }

    private static int save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        document.save(out);
        return out.size();
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
