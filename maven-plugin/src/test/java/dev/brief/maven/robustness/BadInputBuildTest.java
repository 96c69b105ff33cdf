package dev.brief.maven.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.robustness.BadInputs;
import dev.brief.core.robustness.BadInputs.BadInput;
import dev.brief.maven.build.BriefOutcome;
import dev.brief.maven.build.BuildLog;
import dev.brief.maven.build.BuildReport;
import dev.brief.maven.check.BriefCheck;
import dev.brief.maven.check.OutputChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad sources through every writer: each brief either builds outputs that pass the real validators or fails
 * with diagnostics at a position; no writer throws, nothing hangs, no partial file is left behind.
 */
class BadInputBuildTest {
    /** Harmless variations: these must build, not merely fail cleanly. */
    /** Arabic and Chinese in an English brief build with the system's fonts (Debian's Noto, WenQuanYi, IPA). */
    private static final List<String> MUST_BUILD =
            List.of("byte-order-mark.md", "crlf-line-ends.md", "no-body.md", "right-to-left-and-cjk.md");

    private static final List<String> NOT_UTF8 = List.of("binary-garbage.md", "invalid-utf-8.md");
    /** Nesting 200 deep: built by a test of their own, {@link #deeplyNestedListsAndQuotesBuild}. */
    private static final List<String> DEEP_NESTING = List.of("nested-lists-200.md", "nested-quotes-200.md");
    /**
     * Characters no font has (control characters such as NUL): errors at their own line, checked by
     * {@link #charactersNoFontCoversAreDiagnosticsAtTheirPosition}. Emoji build or fail with a diagnostic,
     * depending on the system's fonts, and go with the other small inputs.
     */
    private static final List<String> UNCOVERED_CHARACTERS = List.of("control-characters.md");

    @TempDir
    Path work;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES) // a hang guard, not a speed test
    void everySmallBadInputBuildsValidOutputsOrFailsWithDiagnostics() throws IOException {
        Path sources = work.resolve("src");
        Map<Path, String> names = new HashMap<>();
        for (BadInput input : BadInputs.small()) {
            if (NOT_UTF8.contains(input.name())
                    || DEEP_NESTING.contains(input.name())
                    || UNCOVERED_CHARACTERS.contains(input.name())) {
                continue;
            }
            Path file = write(sources, input);
            names.put(file, input.name());
        }
        Path output = work.resolve("out");

        BuildReport report = Builds.build(sources, output, Builds.TEXT_FORMATS, 2);

        Builds.assertNoPartialFiles(output);
        List<String> found = report.outcomes().stream()
                .map(o -> names.get(o.source().file()))
                .toList();
        // Files without front matter are not briefs at all; the finder says so in the log and skips them.
        assertThat(names.values()).containsAll(found);
        assertThat(found).containsAll(MUST_BUILD).doesNotContain("empty.md", "whitespace-only.md");
        List<String> problems = new ArrayList<>();
        for (BriefOutcome outcome : report.outcomes()) {
            String name = names.get(outcome.source().file());
            try {
                if (outcome.status() == BriefOutcome.Status.BUILT) {
                    Builds.assertBuilt(outcome, Builds.TEXT_FORMATS);
                    assertValid(outcome, output);
                } else {
                    assertThat(MUST_BUILD)
                            .as(name + " should build: " + outcome.diagnostics())
                            .doesNotContain(name);
                    Builds.assertFailedWithDiagnostics(outcome);
                }
            } catch (AssertionError e) {
                problems.add(name + ": " + e.getMessage());
            }
        }
        assertThat(problems).as("inputs not handled cleanly").isEmpty();
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // a hang guard, not a speed test
    void aTenMegabyteParagraphBuildsOrFailsCleanly() throws IOException {
        buildsOrFailsCleanly("paragraph-10-mb.md");
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // a hang guard, not a speed test
    void fiveThousandNotesBuildOrFailCleanly() throws IOException {
        buildsOrFailsCleanly("notes-5000.md");
    }

    @Test
    void bytesThatAreNotUtf8FailThatBriefWithADiagnostic() throws IOException {
        for (String name : NOT_UTF8) {
            Path sources = work.resolve(name).resolve("src");
            write(sources, input(name));
            write(sources, input("crlf-line-ends.md"));
            BuildReport report = Builds.build(sources, work.resolve(name).resolve("out"), Builds.TEXT_FORMATS, 1);
            assertThat(report.outcomes()).hasSize(2);
            assertThat(report.failed()).hasSize(1);
            Builds.assertFailedWithDiagnostics(report.failed().get(0));
            assertThat(report.failed().get(0).errors().get(0).message()).contains("UTF-8");
        }
    }

    @Test
    void deeplyNestedListsAndQuotesBuild() throws IOException {
        for (String name : DEEP_NESTING) {
            Path sources = work.resolve(name);
            Path file = write(sources, input(name));
            BuildReport report = Builds.build(file, work.resolve(name + "-out"), Builds.TEXT_FORMATS, 1);
            Builds.assertBuilt(report.outcomes().get(0), Builds.TEXT_FORMATS);
        }
    }

    @Test
    void charactersNoFontCoversAreDiagnosticsAtTheirPosition() throws IOException {
        for (String name : UNCOVERED_CHARACTERS) {
            Path sources = work.resolve(name);
            Path file = write(sources, input(name));
            BuildReport report = Builds.build(file, work.resolve(name + "-out"), Builds.TEXT_FORMATS, 1);
            Builds.assertFailedWithDiagnostics(report.outcomes().get(0));
            assertThat(report.outcomes().get(0).errors().get(0).position().line())
                    .isGreaterThan(1);
        }
    }

    private void buildsOrFailsCleanly(String name) throws IOException {
        Path sources = work.resolve("src");
        Path file = write(sources, input(name));
        Path output = work.resolve("out");

        BuildReport report = Builds.build(file, output, Builds.TEXT_FORMATS, 1);

        assertThat(report.outcomes()).hasSize(1);
        BriefOutcome outcome = report.outcomes().get(0);
        if (outcome.failed()) {
            Builds.assertFailedWithDiagnostics(outcome);
        } else {
            Builds.assertBuilt(outcome, Builds.TEXT_FORMATS);
        }
        Builds.assertNoPartialFiles(output);
    }

    /** veraPDF (PDF/UA-1, PDF/A-2a), EPUBCheck and the toolkit's own checks, as {@code brief:check} runs them. */
    private static void assertValid(BriefOutcome outcome, Path output) throws IOException {
        List<BriefCheck> checks = new OutputChecker(
                        Builds.request(outcome.source().file(), output, Builds.TEXT_FORMATS, 1), BuildLog.silent())
                .check();
        assertThat(checks).hasSize(1);
        assertThat(checks.get(0).failures())
                .as("checks of " + outcome.source().file())
                .isEmpty();
    }

    private static BadInput input(String name) {
        return BadInputs.all().stream()
                .filter(input -> input.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** Each input in a folder of its own, as a publisher keeps briefs, so that slugs and images do not clash. */
    private static Path write(Path sources, BadInput input) throws IOException {
        Path folder = sources.resolve(input.name().replace(".md", ""));
        Files.createDirectories(folder);
        Path file = folder.resolve(input.name());
        Files.write(file, input.bytes());
        return file;
    }
}
