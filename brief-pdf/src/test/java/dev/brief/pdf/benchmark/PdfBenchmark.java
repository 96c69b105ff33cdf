package dev.brief.pdf.benchmark;

import dev.brief.core.house.House;
import dev.brief.core.house.HouseReader;
import dev.brief.core.model.Brief;
import dev.brief.core.read.BriefReader;
import dev.brief.core.read.ReadResult;
import dev.brief.core.robustness.CatalogueWriter;
import dev.brief.core.testing.SampleBriefs;
import dev.brief.pdf.PdfOptions;
import dev.brief.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Measures PDF generation: warm-up runs, then timed runs; prints the median time per brief and pages per
 * second, and the median CPU time of this thread per brief, which another process loading the machine disturbs
 * far less than wall time. The corpus (third argument) is the sample brief ({@code sample}, the default) or
 * {@code catalogue}: 200 realistic briefs generated from the benchmarks' seed, one per run in turn. Not a test:
 * run it with the test class path (see docs/benchmarks.md).
 */
public final class PdfBenchmark {
    /** The seed and size of the catalogue the {@code benchmarks} module measures. */
    private static final long CATALOGUE_SEED = 2026;

    private static final int CATALOGUE_SIZE = 200;
    private static final Instant TIMESTAMP = Instant.parse("2026-01-01T00:00:00Z");

    private record Job(Brief brief, PdfOptions options) {}

    private PdfBenchmark() {}

    public static void main(String[] arguments) throws IOException {
        int warmUp = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 20;
        int runs = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 30;
        String corpus = arguments.length > 2 ? arguments[2] : "sample";
        Path folder = Files.createTempDirectory("pdf-benchmark-catalogue");
        try {
            List<Job> jobs =
                    switch (corpus) {
                        case "sample" ->
                            List.of(new Job(
                                    SampleBriefs.sample(),
                                    new PdfOptions(
                                            SampleBriefs.sampleDirectory(),
                                            SampleBriefs.house().style(),
                                            TIMESTAMP)));
                        case "catalogue" -> catalogue(folder);
                        default -> throw new IllegalArgumentException("corpus is sample or catalogue, not " + corpus);
                    };
            measure(corpus, jobs, warmUp, runs);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static void measure(String corpus, List<Job> jobs, int warmUp, int runs) throws IOException {
        long pages = 0;
        for (int i = 0; i < warmUp; i++) {
            write(jobs.get(i % jobs.size()));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[runs];
        long[] cpuNanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            Job job = jobs.get((warmUp + i) % jobs.size());
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            pages += write(job);
            nanos[i] = System.nanoTime() - start;
            cpuNanos[i] = threads.getCurrentThreadCpuTime() - cpuStart;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpuNanos);
        double medianMillis = nanos[runs / 2] / 1e6;
        double meanPages = (double) pages / runs;
        System.out.printf(
                Locale.ROOT,
                "%s: %d briefs, %.1f pages on average; %d warm-up runs, %d timed runs%n",
                corpus,
                jobs.size(),
                meanPages,
                warmUp,
                runs);
        System.out.printf(
                Locale.ROOT,
                "median %.1f ms per brief (min %.1f, max %.1f); %.1f pages/s%n",
                medianMillis,
                nanos[0] / 1e6,
                nanos[runs - 1] / 1e6,
                meanPages / (medianMillis / 1000));
        System.out.printf(
                Locale.ROOT,
                "thread CPU time: median %.1f ms per brief (min %.1f)%n",
                cpuNanos[runs / 2] / 1e6,
                cpuNanos[0] / 1e6);
    }

    private static int write(Job job) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        return PdfWriter.write(job.brief(), job.options(), out).pageCount();
    }

    private static List<Job> catalogue(Path folder) throws IOException {
        List<Path> files =
                CatalogueWriter.write(folder, CATALOGUE_SIZE, CATALOGUE_SEED, CatalogueWriter.Shape.realistic());
        House house = HouseReader.read(folder.resolve("house.yaml")).house().orElseThrow();
        List<Job> jobs = new ArrayList<>();
        for (Path file : files) {
            ReadResult read = BriefReader.read(Files.readString(file), file, house);
            Brief brief = read.brief()
                    .orElseThrow(() -> new IllegalStateException(file + " does not read: " + read.diagnostics()));
            jobs.add(new Job(brief, new PdfOptions(file.getParent(), house.style(), TIMESTAMP)));
        }
        return jobs;
    }
}
