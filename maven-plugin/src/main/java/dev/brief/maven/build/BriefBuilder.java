package dev.brief.maven.build;

import dev.brief.core.diagnostic.Diagnostic;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Builds every brief of a {@link BuildRequest}: reads the house once, then builds the briefs in parallel on
 * a bounded pool, each one PDF first (for the page map), then HTML, EPUB and pictures. One broken brief does
 * not stop the others; the report says what happened to each, and the log gives one line per brief as it
 * finishes ({@code [n/N]}, see {@link BriefProgress}). Free of Maven types, so tests call it directly.
 */
public final class BriefBuilder {
    private final BuildRequest request;
    private final BuildLog log;
    private final Optional<WarmEditions> warm;

    public BriefBuilder(BuildRequest request, BuildLog log) {
        this(request, log, Optional.empty());
    }

    /** A builder that overlaps each brief's editions and keeps its cover in {@code warm} (see there). */
    public BriefBuilder(BuildRequest request, BuildLog log, Optional<WarmEditions> warm) {
        this.request = request;
        this.log = log;
        this.warm = warm;
    }

    /** Builds and reports; throws only when the sources cannot be listed at all. */
    public BuildReport build() throws IOException {
        List<BriefSource> sources = new SourceFinder(log, request.legacy()).find(request.source());
        if (sources.isEmpty()) {
            log.warn(request.source() + ": no briefs found (a brief is a .md file that starts with front matter)");
            return new BuildReport(List.of());
        }
        LoadedHouse house = LoadedHouse.load(request);
        house.diagnostics().forEach(diagnostic -> logDiagnostic(diagnostic));
        if (house.failed()) {
            return houseFailed(sources, house.diagnostics());
        }
        BriefProgress progress = new BriefProgress(log, sources.size());
        int threads = Math.min(request.threads(), sources.size());
        if (threads == 1) {
            return new BuildReport(sources.stream()
                    .map(source -> build(source, house, progress))
                    .toList());
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, BriefBuilder::workerThread);
        try {
            List<Future<BriefOutcome>> futures = new ArrayList<>();
            for (BriefSource source : sources) {
                futures.add(pool.submit(() -> build(source, house, progress)));
            }
            List<BriefOutcome> outcomes = new ArrayList<>();
            for (Future<BriefOutcome> future : futures) {
                outcomes.add(await(future));
            }
            return new BuildReport(outcomes);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Builds one brief with its messages held back, then logs them as one block under its progress line. */
    private BriefOutcome build(BriefSource source, LoadedHouse house, BriefProgress progress) {
        BriefProgress.HeldLines lines = progress.hold();
        long start = System.nanoTime();
        BriefOutcome outcome = new BriefJob(request, house, lines, warm).build(source);
        progress.finished(outcome, lines, (System.nanoTime() - start) / 1_000_000);
        return outcome;
    }

    private void logDiagnostic(Diagnostic diagnostic) {
        if (diagnostic.isError()) {
            log.error(diagnostic.toString());
        } else {
            log.warn(diagnostic.toString());
        }
    }

    /** A broken house file breaks every brief: each is reported failed with the house's errors. */
    private static BuildReport houseFailed(List<BriefSource> sources, List<Diagnostic> diagnostics) {
        return new BuildReport(sources.stream()
                .map(source -> new BriefOutcome(source, BriefOutcome.Status.FAILED, diagnostics, List.of()))
                .toList());
    }

    private static BriefOutcome await(Future<BriefOutcome> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while building briefs", e);
        } catch (ExecutionException e) {
            // BriefJob turns every exception into a failed outcome; anything else is an error of the JVM.
            throw new IllegalStateException(e.getCause());
        }
    }

    private static Thread workerThread(Runnable task) {
        Thread thread = new Thread(task, "brief-builder");
        thread.setDaemon(true);
        return thread;
    }
}
