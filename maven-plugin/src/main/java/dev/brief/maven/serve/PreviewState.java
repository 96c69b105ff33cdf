package dev.brief.maven.serve;

import dev.brief.maven.build.BriefOutcome;
import dev.brief.maven.build.BuildReport;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the preview page shows: the outcome of the latest build, or, when the sources could not even be listed
 * (the source folder vanished, two briefs claim one slug), why not.
 *
 * @param generation counts builds from 1, so the page can tell one from the next
 */
record PreviewState(BuildReport report, Optional<String> problem, Instant finished, long millis, int generation) {
    PreviewState {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(finished, "finished");
    }

    /** Before the first build ends. */
    static PreviewState starting() {
        return new PreviewState(new BuildReport(List.of()), Optional.empty(), Instant.EPOCH, 0, 0);
    }

    /** The slugs of the briefs whose editions were rewritten or whose diagnostics may have changed. */
    List<String> changedSlugs() {
        return report.outcomes().stream()
                .filter(outcome -> outcome.status() != BriefOutcome.Status.UP_TO_DATE)
                .map(outcome -> outcome.source().slug())
                .toList();
    }
}
