package dev.brief.pdf.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * What embedding the fonts costs one document (run its {@code main}; not a test, so no time is
 * ever asserted): a document that sets a line in every face and is saved, with the faces parsed
 * from the font files as shipped and with the files a {@link FontLibrary} keeps (unused tables and
 * character maps left out). The two alternate round by round, so both see the same load, and the
 * time is the thread's CPU time, which a busy machine disturbs less than wall time.
 */
public final class FontLoadingBenchmark {
    private static final String LINE = "Civic data trusts: who decides, on what terms, and for whom — 2026";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private FontLoadingBenchmark() {}

    public static void main(String[] arguments) throws IOException {
        int warmUp = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 30;
        int rounds = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 60;
        Map<Face, byte[]> shipped = new EnumMap<>(Face.class);
        for (Face face : Face.values()) {
            shipped.put(face, FontFiles.bundled().read(face));
        }
        FontLibrary library = FontLibrary.bundled();
        for (int i = 0; i < warmUp; i++) {
            documentFromFiles(shipped);
            documentFromLibrary(library);
        }
        long[] files = new long[rounds];
        long[] kept = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = THREADS.getCurrentThreadCpuTime();
            documentFromFiles(shipped);
            long middle = THREADS.getCurrentThreadCpuTime();
            documentFromLibrary(library);
            files[i] = middle - start;
            kept[i] = THREADS.getCurrentThreadCpuTime() - middle;
        }
        System.out.printf(Locale.ROOT, "%d faces, %d warm-up rounds, %d timed rounds (thread CPU time)%n",
                Face.values().length, warmUp, rounds);
        System.out.printf(Locale.ROOT, "font files as shipped: median %.2f ms per document%n", median(files));
        System.out.printf(Locale.ROOT, "files the library keeps: median %.2f ms per document%n", median(kept));
    }

    /** As fonts were loaded before the library kept pruned files: every table parsed per document. */
    private static int documentFromFiles(Map<Face, byte[]> shipped) throws IOException {
        try (PDDocument document = new PDDocument()) {
            Map<Face, PDType0Font> fonts = new EnumMap<>(Face.class);
            for (Face face : Face.values()) {
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(shipped.get(face)));
                font.setEnableGsub(false);
                fonts.put(face, PDType0Font.load(document, font, true));
            }
            return write(document, fonts);
        }
    }

    private static int documentFromLibrary(FontLibrary library) throws IOException {
        try (PDDocument document = new PDDocument()) {
            FontSet set = new FontSet(document, library);
            Map<Face, PDType0Font> fonts = new EnumMap<>(Face.class);
            for (Face face : Face.values()) {
                fonts.put(face, set.font(face));
            }
            return write(document, fonts);
        }
    }

    private static int write(PDDocument document, Map<Face, PDType0Font> fonts) throws IOException {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            float y = 700;
            for (PDType0Font font : fonts.values()) {
                content.beginText();
                content.setFont(font, 10);
                content.newLineAtOffset(72, y);
                content.showText(LINE);
                content.endText();
                y -= 14;
            }
        }
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
