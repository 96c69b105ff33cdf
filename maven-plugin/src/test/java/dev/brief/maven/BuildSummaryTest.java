package dev.brief.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.brief.core.diagnostic.Diagnostic;
import dev.brief.core.diagnostic.Severity;
import dev.brief.core.diagnostic.SourcePosition;
import dev.brief.maven.build.BriefOutcome;
import dev.brief.maven.build.BriefSource;
import dev.brief.maven.build.BuildReport;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

class BuildSummaryTest {
    private static final Diagnostic ERROR = new Diagnostic(
            Severity.ERROR,
            new SourcePosition("src/brief/broken.md", 12, 1),
            "a horizontal rule has no meaning in a brief",
            "delete the line");
    private static final Diagnostic WARNING = new Diagnostic(
            Severity.WARNING,
            new SourcePosition("src/brief/old.md", 3, 5),
            "turned the superscript 1 into a note reference",
            "check it");

    @Test
    void aFailedBriefFailsTheBuildWithEveryErrorAtItsPlace() {
        BuildReport report = new BuildReport(List.of(
                outcome("good", BriefOutcome.Status.BUILT, List.of()),
                outcome("broken", BriefOutcome.Status.FAILED, List.of(ERROR))));

        assertThatThrownBy(() -> summary(report).failIfBroken(false))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("1 brief failed:")
                .hasMessageContaining("broken.md")
                .hasMessageContaining("src/brief/broken.md:12:1: error: a horizontal rule")
                .hasMessageNotContaining("good.md");
    }

    @Test
    void warningsFailTheBuildOnlyWhenAskedTo() {
        BuildReport report = new BuildReport(List.of(outcome("old", BriefOutcome.Status.BUILT, List.of(WARNING))));

        assertThatCode(() -> summary(report).failIfBroken(false)).doesNotThrowAnyException();
        assertThatThrownBy(() -> summary(report).failIfBroken(true))
                .hasMessageContaining("brief.failOnWarning")
                .hasMessageContaining("src/brief/old.md:3:5: warning: turned the superscript 1");
    }

    @Test
    void upToDateBriefsPass() {
        BuildReport report = new BuildReport(List.of(outcome("good", BriefOutcome.Status.UP_TO_DATE, List.of())));

        assertThatCode(() -> summary(report).failIfBroken(true)).doesNotThrowAnyException();
        assertThat(report.count(BriefOutcome.Status.UP_TO_DATE)).isEqualTo(1);
    }

    private static BuildSummary summary(BuildReport report) {
        return new BuildSummary(report, new SystemStreamLog());
    }

    private static BriefOutcome outcome(String slug, BriefOutcome.Status status, List<Diagnostic> diagnostics) {
        return new BriefOutcome(
                new BriefSource(Path.of("src/brief/" + slug + ".md"), slug, false), status, diagnostics, List.of());
    }
}
