package dev.brief.maven.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file named as the source is built or fails, never skipped; legacy Markdown is imported only when asked or
 * when it is unmistakably extracted; front matter without its opening {@code ---} is an error at its line.
 */
class NamedSourceTest {
    private static final Set<Format> HTML = EnumSet.of(Format.HTML);

    @TempDir
    Path work;

    private final List<String> log = new ArrayList<>();

    @Test
    void anEmptyNamedFileFailsAndSaysHowToWriteABrief() throws IOException {
        Path empty = Files.writeString(work.resolve("empty.md"), "\n  \n");

        BriefOutcome outcome = onlyOutcome(empty, LegacyMode.AUTO);

        Diagnostic error = onlyError(outcome);
        assertThat(error.position().file()).isEqualTo(empty.toString());
        assertThat(error.position().line()).isEqualTo(1);
        assertThat(error.message()).contains("empty");
        assertThat(error.fix()).contains("front matter").contains("---");
        assertThat(work.resolve("out")).doesNotExist();
    }

    @Test
    void aNamedFileThatIsNotUnmistakablyExtractedFailsAndSaysHowToImportIt() throws IOException {
        Path file = Admissions.copy("table-notes.md", work.resolve("table-notes.md"));

        Diagnostic error = onlyError(onlyOutcome(file, LegacyMode.AUTO));

        assertThat(error.toString()).startsWith(file + ":1:1: error: no front matter");
        assertThat(error.message()).contains("bare superscript note numbers").contains("docs/import.md");
        assertThat(error.fix()).contains("brief:import").contains("-Dbrief.legacy=always");
        assertThat(log).noneMatch(line -> line.contains("skipped"));
    }

    @Test
    void aFileWithNoSignOfExtractionIsImportedAndBuiltWhenTheAuthorAsksForLegacyImport() throws IOException {
        Path file = Admissions.copy("plain-note.md", work.resolve("plain-note.md"));
        assertThat(onlyOutcome(file, LegacyMode.AUTO).failed()).isTrue();

        BriefOutcome outcome = onlyOutcome(file, LegacyMode.ALWAYS);

        assertThat(outcome.status()).as("%s", outcome.diagnostics()).isEqualTo(BriefOutcome.Status.BUILT);
        assertThat(outcome.source().kind()).isEqualTo(BriefSource.Kind.LEGACY_ASKED);
        assertThat(Files.readString(work.resolve("out/plain-note/plain-note.html")))
                .contains("Ferry Fares in the Outer Islands")
                .contains("four times the price");
    }

    @Test
    void anUnmistakablyExtractedBriefIsImportedOnItsOwnAndTheLogSaysWhy() throws IOException {
        Path file = Admissions.copy("extracted.md", work.resolve("extracted.md"));

        BriefOutcome outcome = onlyOutcome(file, LegacyMode.AUTO);

        assertThat(outcome.status()).as("%s", outcome.diagnostics()).isEqualTo(BriefOutcome.Status.BUILT);
        assertThat(outcome.source().kind()).isEqualTo(BriefSource.Kind.LEGACY_DETECTED);
        assertThat(log)
                .anyMatch(line -> line.contains("unmistakably extracted")
                        && line.contains("bare superscript note numbers, a Notes heading"));
    }

    @Test
    void legacyNeverRefusesEvenAnUnmistakablyExtractedBrief() throws IOException {
        Path file = Admissions.copy("extracted.md", work.resolve("extracted.md"));

        Diagnostic error = onlyError(onlyOutcome(file, LegacyMode.NEVER));

        assertThat(error.message()).contains("brief.legacy=never");
        assertThat(error.fix()).contains("brief:import");
    }

    @Test
    void frontMatterWithoutItsOpeningLineIsAnErrorAtTheFirstKeyWhateverTheLegacySetting() throws IOException {
        Path file = Admissions.copy("unopened.md", work.resolve("unopened.md"));

        for (LegacyMode mode : LegacyMode.values()) {
            log.clear();
            Diagnostic error = onlyError(onlyOutcome(file, mode));

            assertThat(error.toString())
                    .as(mode.value())
                    .startsWith(file + ":2:1: error: the opening --- of the front matter is missing");
            assertThat(error.message()).contains("(title:)");
            assertThat(error.fix())
                    .contains("add a line with only --- at the top")
                    .contains("line 5");
        }
        assertThat(work.resolve("out")).doesNotExist();
    }

    @Test
    void frontMatterAfterABlankLineIsLeftToTheReaderNotImportedOrRefusedAsLegacy() throws IOException {
        Path file = Files.writeString(
                work.resolve("late.md"),
                "\n" + Files.readString(Admissions.copy("footpaths.md", work.resolve("copy.md"))));

        BriefOutcome outcome = onlyOutcome(file, LegacyMode.AUTO);

        assertThat(outcome.source().kind()).isEqualTo(BriefSource.Kind.SOURCE_FORMAT);
        assertThat(outcome.diagnostics())
                .noneMatch(diagnostic -> diagnostic.message().contains("unmistakably"));
    }

    @Test
    void inAFolderFilesThatAreNotBriefsAreSkippedWithAWarningButBrokenFrontMatterFails() throws IOException {
        Path folder = work.resolve("src");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("empty.md"), "");
        Admissions.copy("table-notes.md", folder.resolve("readme-like.md"));
        Admissions.copy("unopened.md", folder.resolve("unopened.md"));

        BuildReport report = Admissions.build(folder, work.resolve("out"), HTML, LegacyMode.AUTO, log);

        assertThat(report.outcomes())
                .extracting(outcome -> outcome.source().slug())
                .containsExactly("unopened");
        assertThat(report.failed()).hasSize(1);
        assertThat(log)
                .anyMatch(line -> line.startsWith("warn " + folder.resolve("empty.md") + ": empty"))
                .anyMatch(line -> line.startsWith("warn " + folder.resolve("readme-like.md"))
                        && line.contains("skipped")
                        && line.contains("brief.legacy=always"));
    }

    @Test
    void legacyModeNamesParseAndAnUnknownOneSaysWhichExist() {
        assertThat(LegacyMode.parse(null)).isEqualTo(LegacyMode.AUTO);
        assertThat(LegacyMode.parse(" Always ")).isEqualTo(LegacyMode.ALWAYS);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LegacyMode.parse("sometimes"))
                .hasMessageContaining("sometimes")
                .hasMessageContaining("auto")
                .hasMessageContaining("never");
    }

    private BriefOutcome onlyOutcome(Path file, LegacyMode mode) throws IOException {
        BuildReport report = Admissions.build(file, work.resolve("out"), HTML, mode, log);
        assertThat(report.outcomes())
                .as("a named file is built or fails, never skipped")
                .hasSize(1);
        return report.outcomes().get(0);
    }

    private static Diagnostic onlyError(BriefOutcome outcome) {
        assertThat(outcome.status()).isEqualTo(BriefOutcome.Status.FAILED);
        assertThat(outcome.errors()).hasSize(1);
        assertThat(outcome.outputs()).isEmpty();
        return outcome.errors().get(0);
    }
}
