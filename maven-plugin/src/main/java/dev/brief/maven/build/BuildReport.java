package dev.brief.maven.build;

import java.util.List;

/** The outcome of every brief, in source order. */
public record BuildReport(List<BriefOutcome> outcomes) {
    public BuildReport {
        outcomes = List.copyOf(outcomes);
    }

    public List<BriefOutcome> failed() {
        return outcomes.stream().filter(BriefOutcome::failed).toList();
    }

    public List<BriefOutcome> withWarnings() {
        return outcomes.stream()
                .filter(outcome -> !outcome.warnings().isEmpty())
                .toList();
    }

    public long count(BriefOutcome.Status status) {
        return outcomes.stream().filter(outcome -> outcome.status() == status).count();
    }
}
