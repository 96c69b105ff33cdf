package dev.brief.pdf.text;

import dev.brief.pdf.fonts.Face;
import dev.brief.pdf.fonts.FontLibrary;
import dev.brief.pdf.fonts.FontMetrics;
import java.util.List;

/**
 * A small benchmark harness for the line breaker (run its {@code main}; not a test, so no time is
 * ever asserted): warms up, then reports the mean time to break one paragraph of about 160 words
 * at a few widths, and the cost of a string width lookup.
 */
public final class LineBreakerBenchmark {
    private static final String SENTENCES =
            "Municipal data trusts hold the records that residents generate when they use public"
                    + " services, and they let independent stewards decide who may analyse those records"
                    + " and on what terms. Councils that have tried the arrangement report that"
                    + " accountability improved, although the institutional costs of governance were"
                    + " considerably higher than the procurement documents had anticipated. ";

    private LineBreakerBenchmark() {}

    public static void main(String[] args) {
        String text = SENTENCES.repeat(3).strip();
        List<StyledRun<String>> runs = List.of(new StyledRun<>(text, Face.SERIF_REGULAR, 10, "p"));
        LineBreaker breaker = new LineBreaker(FontLibrary.bundled());
        for (float width : new float[] {100, 160, 300}) {
            for (Alignment alignment : Alignment.values()) {
                int lines = 0;
                for (int i = 0; i < 2_000; i++) {
                    lines = breaker.breakLines(runs, LineWidths.uniform(width), alignment, "en")
                            .lineCount();
                }
                int rounds = 2_000;
                long start = System.nanoTime();
                for (int i = 0; i < rounds; i++) {
                    lines += breaker.breakLines(runs, LineWidths.uniform(width), alignment, "en")
                            .lineCount();
                }
                double millis = (System.nanoTime() - start) / 1e6 / rounds;
                System.out.printf("width %5.0f %-12s %.3f ms per paragraph (%d)%n", width, alignment, millis, lines);
            }
        }
        FontMetrics metrics = FontLibrary.bundled().metrics(Face.SERIF_REGULAR);
        float sink = 0;
        long start = System.nanoTime();
        for (int i = 0; i < 10_000_000; i++) {
            sink += metrics.width("institutional", 10);
        }
        System.out.printf("width of a 13-letter word: %.1f ns (%s)%n", (System.nanoTime() - start) / 1e7, sink > 0);
    }
}
