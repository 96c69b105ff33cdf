package dev.brief.maven.serve;

import dev.brief.maven.build.BriefBuilder;
import dev.brief.maven.build.BriefOutcome;
import dev.brief.maven.build.BuildLog;
import dev.brief.maven.build.BuildReport;
import dev.brief.maven.build.BuildRequest;
import dev.brief.maven.build.WarmEditions;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs the builds of a preview, one at a time, in this warm JVM: the same {@link BriefBuilder} as
 * {@code brief:build}, whose stale check skips every brief the change did not touch, with the
 * {@link WarmEditions} it keeps between builds. Keeps the latest state for the page, logs one line per build
 * with the time it took, and tells the listener what changed.
 */
final class PreviewBuilds implements AutoCloseable {
    private final BuildRequest request;
    private final BuildLog log;
    private final Consumer<PreviewState> listener;
    private final WarmEditions warm = new WarmEditions();
    private volatile PreviewState state = PreviewState.starting();

    PreviewBuilds(BuildRequest request, BuildLog log, Consumer<PreviewState> listener) {
        this.request = request;
        this.log = log;
        this.listener = listener;
    }

    PreviewState state() {
        return state;
    }

    /** Builds every brief that changed; never throws, so that a broken edit leaves the preview running. */
    synchronized PreviewState build() {
        long start = System.nanoTime();
        BuildReport report = new BuildReport(List.of());
        Optional<String> problem = Optional.empty();
        try {
            report = new BriefBuilder(request, withoutProgress(log), Optional.of(warm)).build();
        } catch (IOException | RuntimeException e) {
            problem = Optional.of(e.getMessage() == null ? e.toString() : e.getMessage());
            log.error(problem.get());
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        PreviewState next = new PreviewState(report, problem, Instant.now(), millis, state.generation() + 1);
        state = next;
        log.info(summary(next));
        listener.accept(next);
        return next;
    }

    /** Stops the helper thread of the warm builds. */
    @Override
    public void close() {
        warm.close();
    }

    /**
     * The builder's log without its per-output lines: a save gives one line, its problems excepted, which the
     * author needs in the terminal as well as on the page.
     */
    private static BuildLog withoutProgress(BuildLog log) {
        return BuildLog.of(line -> {}, log::warn, log::error, log::debug);
    }

    private static String summary(PreviewState state) {
        BuildReport report = state.report();
        return String.format(
                "%s in %d ms: %d built, %d up to date, %d failed",
                state.generation() == 1 ? "Built" : "Rebuilt",
                state.millis(),
                report.count(BriefOutcome.Status.BUILT),
                report.count(BriefOutcome.Status.UP_TO_DATE),
                report.count(BriefOutcome.Status.FAILED));
    }
}
