package dev.brief.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.testing.BriefFixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** All problems of a brief are reported in one pass, in file order, and no brief comes out. */
class ManyErrorsTest {
    @TempDir
    Path folder;

    @Test
    void fiveDifferentErrorsAreAllReported() {
        BriefFixtures.writeImages(folder);
        String source = String.join(
                "\n",
                "---",
                "language: en",
                "date: March 2026",
                "---",
                "## First",
                "",
                "A claim.[^nowhere]",
                "",
                "#### Too deep",
                "",
                "![](figure.png)",
                "");
        ReadResult result = new BriefSources(folder).read(source);
        assertThat(BriefSources.lines(result))
                .extracting(line -> line.substring(0, line.indexOf(": error:")))
                .containsExactly("brief.md:1:1", "brief.md:3:7", "brief.md:7:9", "brief.md:9:1", "brief.md:11:1");
        assertThat(BriefSources.lines(result)).allMatch(line -> line.contains(": error: "));
        assertThat(result.brief()).isEmpty();
        assertThat(result.errors()).hasSize(5);
    }

    @Test
    void warningsAloneStillGiveABrief() {
        ReadResult result = new BriefSources(folder).body("## S\n\nSee <https://example.org/>.\n");
        assertThat(result.warnings()).hasSize(1);
        assertThat(result.errors()).isEmpty();
        assertThat(result.brief()).isPresent();
    }
}
