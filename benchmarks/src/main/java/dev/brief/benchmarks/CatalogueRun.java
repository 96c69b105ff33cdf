package dev.brief.benchmarks;

import dev.brief.core.robustness.CatalogueWriter;
import dev.brief.maven.build.BriefBuilder;
import dev.brief.maven.build.BuildLog;
import dev.brief.maven.build.BuildReport;
import dev.brief.maven.build.BuildRequest;
import dev.brief.maven.build.Format;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds a generated catalogue end to end through {@link BriefBuilder}, as {@code brief:build} does, and
 * prints briefs per second, CPU time per brief (and how much of it the JIT compilers and the garbage collector
 * took, {@link ThreadCpu}) and the heap it needed. A warm-up build of other briefs first
 * (20 by default, as many as {@code -Dbrief.warmUp=N} says, none with {@code -Dbrief.noWarmUp=true}: the JIT
 * keeps compiling for several hundred briefs, so 20 measures a build that is still warming and a few hundred
 * the steady state), then measured rounds, each into a fresh folder so that nothing is skipped as up to date;
 * the median round is reported.
 *
 * <pre>
 * java -cp target/benchmarks.jar dev.brief.benchmarks.CatalogueRun [briefs] [threads] [rounds] [formats]
 * java -cp target/benchmarks.jar dev.brief.benchmarks.CatalogueRun --write-only [briefs] [folder]
 * </pre>
 */
public final class CatalogueRun {
    private CatalogueRun() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--write-only")) {
            int count = Integer.parseInt(args[1]);
            CatalogueWriter.write(Path.of(args[2]), count, Catalogue.SEED, CatalogueWriter.Shape.realistic());
            System.out.println("wrote " + count + " briefs to " + args[2]);
            return;
        }
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int threads = args.length > 1
                ? Integer.parseInt(args[1])
                : Runtime.getRuntime().availableProcessors();
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Set<Format> formats = Format.parseList(args.length > 3 ? args[3] : "pdf,html,epub");

        Path work = Files.createTempDirectory("brief-catalogue-run");
        Path sources = work.resolve("src");
        CatalogueWriter.write(sources, count, Catalogue.SEED, CatalogueWriter.Shape.realistic());
        System.out.printf(
                Locale.ROOT,
                "%d briefs, %d threads, formats %s, max heap %d MB%n",
                count,
                threads,
                formats,
                Runtime.getRuntime().maxMemory() >> 20);

        int warmUpBriefs = Boolean.getBoolean("brief.noWarmUp") ? 0 : Integer.getInteger("brief.warmUp", 20);
        if (warmUpBriefs > 0) {
            // Other briefs than the measured ones, so that nothing the measured rounds read is already cached.
            Path warmUp = work.resolve("warm-up-src");
            CatalogueWriter.write(warmUp, warmUpBriefs, Catalogue.SEED + 1, CatalogueWriter.Shape.realistic());
            build(warmUp, work.resolve("warm-up"), formats, threads);
            System.out.printf(Locale.ROOT, "warm-up: %d other briefs built%n", warmUpBriefs);
        }
        List<Double> rates = new ArrayList<>();
        long peakUsed = 0;
        long peakLive = 0;
        for (int round = 1; round <= rounds; round++) {
            System.gc();
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            Map<ThreadCpu.Kind, Double> threadsStart = ThreadCpu.millis();
            try (HeapWatcher heap = new HeapWatcher()) {
                build(sources, work.resolve("round-" + round), formats, threads);
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpuMillisPerBrief = (processCpuNanos() - cpuStart) / 1e6 / count;
                Map<ThreadCpu.Kind, Double> threadsEnd = ThreadCpu.millis();
                double jit = (threadsEnd.get(ThreadCpu.Kind.JIT) - threadsStart.get(ThreadCpu.Kind.JIT)) / count;
                double gc = (threadsEnd.get(ThreadCpu.Kind.GC) - threadsStart.get(ThreadCpu.Kind.GC)) / count;
                double other = (threadsEnd.get(ThreadCpu.Kind.OTHER) - threadsStart.get(ThreadCpu.Kind.OTHER)) / count;
                rates.add(count / seconds);
                peakUsed = Math.max(peakUsed, heap.peakUsedBytes());
                peakLive = Math.max(peakLive, heap.peakAfterCollectionBytes());
                System.out.printf(
                        Locale.ROOT,
                        "round %d: %.1f s, %.1f briefs/s, %.0f ms CPU per brief (builders"
                                + " %.0f, JIT %.0f, GC %.0f, other %.0f), heap peak %d MB, live after GC peak %d MB%n",
                        round,
                        seconds,
                        count / seconds,
                        cpuMillisPerBrief,
                        cpuMillisPerBrief - jit - gc - other,
                        jit,
                        gc,
                        other,
                        heap.peakUsedBytes() >> 20,
                        heap.peakAfterCollectionBytes() >> 20);
            }
        }
        Collections.sort(rates);
        System.out.printf(
                Locale.ROOT,
                "median: %.1f briefs/s; heap peak %d MB; live heap after GC peak %d MB%n",
                rates.get(rates.size() / 2),
                peakUsed >> 20,
                peakLive >> 20);
    }

    /** CPU time of the whole process: on a shared machine it shows the cost of a brief that wall time hides. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void build(Path sources, Path output, Set<Format> formats, int threads) throws Exception {
        BuildRequest request = new BuildRequest(
                sources,
                output,
                formats,
                Optional.empty(),
                Optional.empty(),
                threads,
                BriefUnderTest.TIMESTAMP,
                "benchmark");
        BuildReport report = new BriefBuilder(request, BuildLog.silent()).build();
        if (!report.failed().isEmpty()) {
            throw new IllegalStateException(report.failed().size() + " briefs failed, first: "
                    + report.failed().get(0).diagnostics());
        }
    }
}
