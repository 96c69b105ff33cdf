package dev.brief.maven;

import dev.brief.core.diagnostic.Diagnostic;
import dev.brief.maven.build.BriefOutcome;
import dev.brief.maven.build.BuildReport;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/** Turns a build report into the closing log line and, when briefs broke, a failed build naming each one. */
final class BuildSummary {
    private final BuildReport report;
    private final Log log;

    BuildSummary(BuildReport report, Log log) {
        this.report = report;
        this.log = log;
    }

    void logTotals() {
        log.info(String.format(
                "Briefs: %d built, %d up to date, %d failed",
                report.count(BriefOutcome.Status.BUILT),
                report.count(BriefOutcome.Status.UP_TO_DATE),
                report.count(BriefOutcome.Status.FAILED)));
    }

    void failIfBroken(boolean failOnWarning) throws MojoFailureException {
        List<BriefOutcome> broken = report.failed();
        List<BriefOutcome> warned = failOnWarning ? report.withWarnings() : List.of();
        if (broken.isEmpty() && warned.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder();
        if (!broken.isEmpty()) {
            message.append(broken.size())
                    .append(broken.size() == 1 ? " brief" : " briefs")
                    .append(" failed:");
            for (BriefOutcome outcome : broken) {
                append(message, outcome, outcome.errors());
            }
        }
        for (BriefOutcome outcome : warned) {
            if (!outcome.failed()) {
                message.append(message.length() == 0 ? "" : "\n")
                        .append("warnings fail the build (brief.failOnWarning):");
                append(message, outcome, outcome.warnings());
            }
        }
        throw new MojoFailureException(message.toString());
    }

    private static void append(StringBuilder message, BriefOutcome outcome, List<Diagnostic> diagnostics) {
        message.append("\n  ").append(outcome.source().file());
        for (Diagnostic diagnostic : diagnostics) {
            message.append("\n    ").append(diagnostic);
        }
    }
}
