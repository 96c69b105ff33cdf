package dev.brief.pdf.benchmark;

import dev.brief.core.model.Brief;
import dev.brief.core.testing.SampleBriefs;
import dev.brief.pdf.PdfOptions;
import dev.brief.pdf.PdfResult;
import dev.brief.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

/**
 * Measures PDF generation of the sample brief: warm-up runs, then timed runs; prints the median time per
 * brief and pages per second, and the median CPU time of this thread per brief, which another process loading
 * the machine disturbs far less than wall time. Not a test: run it with the test class path (see
 * docs/benchmarks.md).
 */
public final class PdfBenchmark {
    private PdfBenchmark() {}

    public static void main(String[] arguments) throws IOException {
        int warmUp = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 20;
        int runs = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 30;
        Brief brief = SampleBriefs.sample();
        PdfOptions options = new PdfOptions(SampleBriefs.sampleDirectory(), SampleBriefs.house().style(),
                Instant.parse("2026-01-01T00:00:00Z"));
        int pages = 0;
        for (int i = 0; i < warmUp; i++) {
            pages = write(brief, options).pageCount();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[runs];
        long[] cpuNanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            write(brief, options);
            nanos[i] = System.nanoTime() - start;
            cpuNanos[i] = threads.getCurrentThreadCpuTime() - cpuStart;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpuNanos);
        double medianMillis = nanos[runs / 2] / 1e6;
        System.out.printf(Locale.ROOT, "sample brief: %d pages; %d warm-up runs, %d timed runs%n", pages, warmUp, runs);
        System.out.printf(Locale.ROOT, "median %.1f ms per brief (min %.1f, max %.1f); %.1f pages/s%n", medianMillis,
                nanos[0] / 1e6, nanos[runs - 1] / 1e6, pages / (medianMillis / 1000));
        System.out.printf(Locale.ROOT, "thread CPU time: median %.1f ms per brief (min %.1f)%n",
                cpuNanos[runs / 2] / 1e6, cpuNanos[0] / 1e6);
    }

    private static PdfResult write(Brief brief, PdfOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        return PdfWriter.write(brief, options, out);
    }
}
