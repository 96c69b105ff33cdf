package dev.brief.pdf.text;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * What reading a language's hyphenation patterns costs (run its {@code main} with language tags, default
 * {@code de fr en}; not a test, so no time is ever asserted): the first load in this JVM, cold, then the median
 * of loads once the JIT has settled, as thread CPU time, which a busy machine disturbs less than wall time; and
 * roughly how much heap the patterns of one language keep.
 */
public final class HyphenationLoadingBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private HyphenationLoadingBenchmark() {}

    public static void main(String[] arguments) {
        String[] tags = arguments.length > 0 ? arguments : new String[] {"de", "fr", "en"};
        for (String tag : tags) {
            PatternSet set = PatternSet.forLanguage(tag).orElseThrow(() -> new IllegalArgumentException(tag));
            long start = THREADS.getCurrentThreadCpuTime();
            Hyphenator first = new Hyphenator(set);
            double cold = (THREADS.getCurrentThreadCpuTime() - start) / 1e6;
            long retained = retainedBy(set);
            for (int i = 0; i < 20; i++) {
                new Hyphenator(set);
            }
            long[] warm = new long[30];
            for (int i = 0; i < warm.length; i++) {
                long before = THREADS.getCurrentThreadCpuTime();
                new Hyphenator(set);
                warm[i] = THREADS.getCurrentThreadCpuTime() - before;
            }
            Arrays.sort(warm);
            System.out.printf(
                    Locale.ROOT,
                    "%-8s first load %.1f ms, then median %.2f ms; about %d KiB of heap (%s)%n",
                    set.language(),
                    cold,
                    warm[warm.length / 2] / 1e6,
                    retained / 1024,
                    first.hyphenate("Zusammenfassung", "-"));
        }
    }

    private static long retainedBy(PatternSet set) {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        Hyphenator kept = new Hyphenator(set);
        System.gc();
        long after = runtime.totalMemory() - runtime.freeMemory();
        return kept.patternLanguage().isEmpty() ? 0 : after - before;
    }
}
