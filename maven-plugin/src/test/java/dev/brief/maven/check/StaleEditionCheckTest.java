package dev.brief.maven.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.maven.build.BriefBuilder;
import dev.brief.maven.build.BuildLog;
import dev.brief.maven.build.BuildRequest;
import dev.brief.maven.build.Format;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** brief:check says "older than the source" of an edition built from an earlier text, and checks nothing else in it. */
class StaleEditionCheckTest {
    private static final Set<Format> TEXT = EnumSet.of(Format.PDF, Format.EPUB, Format.HTML);

    @TempDir
    Path work;

    @Test
    void editionsOlderThanTheSourceAreOneFindingEachInsteadOfAccessibilityResults() throws IOException {
        Path source = work.resolve("src/footpaths.md");
        Files.createDirectories(source.getParent());
        try (InputStream in = StaleEditionCheckTest.class.getResourceAsStream("/admission/footpaths.md")) {
            Files.copy(in, source);
        }
        new BriefBuilder(request(source), BuildLog.silent()).build();
        assertThat(new OutputChecker(request(source), BuildLog.silent())
                        .check()
                        .get(0)
                        .passed())
                .as("the fresh editions pass")
                .isTrue();

        Files.writeString(source, Files.readString(source).replace("next winter", "first frost"));
        Files.setLastModifiedTime(source, FileTime.from(Instant.now().plusSeconds(60)));
        List<BriefCheck> checks = new OutputChecker(request(source), BuildLog.silent()).check();

        BriefCheck check = checks.get(0);
        assertThat(check.failures())
                .extracting(CheckResult::name)
                .containsExactly("PDF edition is current", "EPUB edition is current", "HTML edition is current");
        for (CheckResult failure : check.failures()) {
            assertThat(failure.findings()).hasSize(1);
            assertThat(failure.findings().get(0).message())
                    .startsWith("older than the source footpaths.md")
                    .contains("run brief:build");
        }
        assertThat(check.results())
                .extracting(CheckResult::name)
                .doesNotContain("veraPDF PDF/UA-1", "EPUBCheck", "HTML text follows the source");
    }

    @Test
    void aRefusedNamedSourceIsAFailedCheckThatSaysWhy() throws IOException {
        Path source = Files.writeString(work.resolve("empty.md"), "");

        List<BriefCheck> checks = new OutputChecker(request(source), BuildLog.silent()).check();

        assertThat(checks).hasSize(1);
        assertThat(checks.get(0).failures())
                .extracting(CheckResult::name)
                .containsExactly("source reads without errors");
        assertThat(checks.get(0).failures().get(0).findings().get(0).message()).contains("the file is empty");
    }

    private BuildRequest request(Path source) {
        return new BuildRequest(
                source,
                work.resolve("out"),
                TEXT,
                Optional.empty(),
                Optional.empty(),
                1,
                Instant.parse("2026-01-01T00:00:00Z"),
                "stale-check-test");
    }
}
