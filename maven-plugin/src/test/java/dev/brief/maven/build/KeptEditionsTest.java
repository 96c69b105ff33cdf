package dev.brief.maven.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failed or doubtful build never replaces good editions: they stay byte for byte as they were and the log
 * says why. A build of fewer formats removes the other formats' editions that are older than the source.
 */
class KeptEditionsTest {
    private static final Set<Format> TEXT = EnumSet.of(Format.PDF, Format.HTML, Format.EPUB);

    @TempDir
    Path work;

    private final List<String> log = new ArrayList<>();

    @Test
    void aBrokenEditFailsAndLeavesThePreviousEditionsByteIdentical() throws IOException {
        Path source = Admissions.copy("footpaths.md", work.resolve("src/footpaths.md"));
        Path folder = work.resolve("out/footpaths");
        assertThat(build(source, TEXT, LegacyMode.AUTO).status()).isEqualTo(BriefOutcome.Status.BUILT);
        Map<Path, byte[]> good = contents(folder);
        assertThat(good.keySet())
                .extracting(path -> path.getFileName().toString())
                .contains("footpaths.pdf", "footpaths.epub", "footpaths.html");

        String text = Files.readString(source);
        List<String> brokenEdits = List.of(
                text.replaceFirst("---\n", ""), // the opening --- deleted
                text.replace("## What the council can do", "## What the council can do\n\n![](missing.png)"),
                text.replace("language: en", "language: 12"));
        for (String broken : brokenEdits) {
            Files.writeString(source, broken);
            log.clear();

            BriefOutcome outcome = build(source, TEXT, LegacyMode.AUTO);

            assertThat(outcome.status()).as(broken).isEqualTo(BriefOutcome.Status.FAILED);
            assertSameBytes(folder, good);
            assertThat(log)
                    .anyMatch(line -> line.startsWith("warn footpaths: not built; the previous editions are"
                            + " kept unchanged (footpaths.pdf, footpaths.html, footpaths.epub)"));
        }
    }

    @Test
    void aLegacyGuessNobodyAskedForDoesNotReplaceTheEditionsItWouldChange() throws IOException {
        Path source = Admissions.copy("extracted.md", work.resolve("src/extracted.md"));
        Path folder = work.resolve("out/extracted");
        BriefOutcome first = build(source, TEXT, LegacyMode.AUTO);
        assertThat(first.status()).as("%s", first.diagnostics()).isEqualTo(BriefOutcome.Status.BUILT);
        Map<Path, byte[]> good = contents(folder);

        Files.writeString(
                source,
                Files.readString(source)
                        .replace("## Notes", "The board could try the single fare for one summer.\n\n## Notes"));
        BriefOutcome guessed = build(source, TEXT, LegacyMode.AUTO);

        assertThat(guessed.status()).isEqualTo(BriefOutcome.Status.FAILED);
        assertThat(guessed.errors()).hasSize(1);
        assertThat(guessed.errors().get(0).message())
                .contains("without being asked")
                .contains("kept");
        assertThat(guessed.errors().get(0).fix()).contains("brief:import").contains("-Dbrief.legacy=always");
        assertSameBytes(folder, good);

        BriefOutcome asked = build(source, TEXT, LegacyMode.ALWAYS);

        assertThat(asked.status()).as("%s", asked.diagnostics()).isEqualTo(BriefOutcome.Status.BUILT);
        assertThat(Files.readString(folder.resolve("extracted.html"))).contains("single fare for one summer");
    }

    @Test
    void anHtmlOnlyBuildRemovesThePdfAndEpubThatAreOlderThanTheSource() throws IOException {
        Path source = Admissions.copy("footpaths.md", work.resolve("src/footpaths.md"));
        Path folder = work.resolve("out/footpaths");
        build(source, TEXT, LegacyMode.AUTO);
        Files.writeString(source, Files.readString(source).replace("next winter", "first frost"));
        Files.setLastModifiedTime(source, FileTime.from(Instant.now().plusSeconds(60)));

        BriefOutcome outcome = build(source, EnumSet.of(Format.HTML), LegacyMode.AUTO);

        assertThat(outcome.status()).isEqualTo(BriefOutcome.Status.BUILT);
        assertThat(folder.resolve("footpaths.pdf")).doesNotExist();
        assertThat(folder.resolve("footpaths.epub")).doesNotExist();
        assertThat(Files.readString(folder.resolve("footpaths.html"))).contains("first frost");
        assertThat(log)
                .anyMatch(line -> line.startsWith("warn " + folder.resolve("footpaths.pdf")
                        + ": removed, older than the source footpaths.md and not rebuilt (brief.formats=html)"));
    }

    @Test
    void anHtmlOnlyBuildKeepsThePdfOfTheSameText() throws IOException {
        Path source = Admissions.copy("footpaths.md", work.resolve("src/footpaths.md"));
        Files.setLastModifiedTime(source, FileTime.from(Instant.now().minusSeconds(60)));
        Path folder = work.resolve("out/footpaths");
        build(source, EnumSet.of(Format.PDF), LegacyMode.AUTO);
        byte[] pdf = Files.readAllBytes(folder.resolve("footpaths.pdf"));

        build(source, EnumSet.of(Format.HTML), LegacyMode.AUTO);

        assertThat(folder.resolve("footpaths.pdf")).hasBinaryContent(pdf);
        assertThat(folder.resolve("footpaths.html")).exists();
    }

    @Test
    void editionsStagedByABuildThatFailsNeverReachTheOutputFolder() throws Exception {
        Path folder = Files.createDirectories(work.resolve("out/brief"));
        Files.writeString(folder.resolve("brief.pdf"), "previous pdf");
        Path staged;
        try (EditionStaging staging = EditionStaging.beside(folder)) {
            staged = staging.folder();
            AtomicOutput.write(staged.resolve("brief.pdf"), out -> out.write("new pdf".getBytes()));
            // the next edition's writer fails here: nothing is committed
        }
        assertThat(staged).doesNotExist();
        assertThat(Files.readString(folder.resolve("brief.pdf"))).isEqualTo("previous pdf");
        try (Stream<Path> left = Files.list(work.resolve("out"))) {
            assertThat(left).containsExactly(folder);
        }
    }

    private BriefOutcome build(Path source, Set<Format> formats, LegacyMode legacy) throws IOException {
        BuildReport report = Admissions.build(source, work.resolve("out"), formats, legacy, log);
        assertThat(report.outcomes()).hasSize(1);
        return report.outcomes().get(0);
    }

    private static Map<Path, byte[]> contents(Path folder) throws IOException {
        Map<Path, byte[]> contents = new LinkedHashMap<>();
        for (Path file : EditionFiles.existing(folder, folder.getFileName().toString())) {
            contents.put(file, Files.readAllBytes(file));
        }
        return contents;
    }

    private static void assertSameBytes(Path folder, Map<Path, byte[]> expected) throws IOException {
        assertThat(contents(folder).keySet()).containsExactlyElementsOf(expected.keySet());
        for (Map.Entry<Path, byte[]> file : expected.entrySet()) {
            assertThat(file.getKey()).as("kept byte for byte").hasBinaryContent(file.getValue());
        }
    }
}
