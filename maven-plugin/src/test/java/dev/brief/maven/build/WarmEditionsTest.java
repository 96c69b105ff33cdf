package dev.brief.maven.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.testing.SampleBriefs;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's warm builds: the editions overlap on a helper thread and the cover is kept between rebuilds,
 * yet every rebuild writes the bytes a cold {@code brief:build} of the same sources writes, and an edit of the
 * title, the house file or a brief's image shows up in the very next rebuild.
 */
class WarmEditionsTest {
    private static final String SLUG = "civic-data-trusts";
    private static final Set<Format> ALL = EnumSet.of(Format.PDF, Format.HTML, Format.EPUB, Format.PNG);

    @TempDir
    Path work;

    private final WarmEditions warm = new WarmEditions();
    private Path sources;
    private Path brief;
    private int coldBuilds;

    @BeforeEach
    void copySample() throws IOException {
        sources = SampleBriefs.copyBriefsTo(work.resolve("src"));
        for (String other : List.of("civic-data-trusts-ar", "civic-data-trusts-zh")) {
            try (Stream<Path> files = Files.walk(sources.resolve(other))) {
                for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.delete(file);
                }
            }
        }
        brief = sources.resolve(SLUG).resolve(SLUG + ".md");
    }

    @AfterEach
    void stopHelper() {
        warm.close();
    }

    @Test
    void everyWarmRebuildWritesTheBytesOfAColdBuild() throws IOException {
        Path out = work.resolve("warm");
        warmBuild(out, ALL);
        assertSameAsCold(out, ALL);

        Files.writeString(brief, Files.readString(brief).replace("trust", "trusts"));
        warmBuild(out, ALL);
        assertSameAsCold(out, ALL);

        // Without the pictures the EPUB still gets its cover from the helper, the same bytes as its own.
        Set<Format> threeEditions = EnumSet.of(Format.PDF, Format.HTML, Format.EPUB);
        Path three = work.resolve("three");
        warmBuild(three, threeEditions);
        assertSameAsCold(three, threeEditions);
    }

    @Test
    void aNewTitleOrAccentColourGivesANewCoverInTheNextRebuild() throws IOException {
        Path out = work.resolve("warm");
        warmBuild(out, ALL);
        byte[] first = cover(out);

        Files.writeString(brief, Files.readString(brief).replace("Who Holds the Keys?", "Who Keeps the Keys?"));
        warmBuild(out, ALL);
        byte[] retitled = cover(out);
        assertThat(retitled).isNotEqualTo(first);
        assertThat(coverInEpub(out)).isEqualTo(retitled);
        assertSameAsCold(out, ALL);

        Path house = sources.resolve("house.yaml");
        String text = Files.readString(house);
        assertThat(text).contains("accent-color: \"#1b5e7a\"");
        Files.writeString(house, text.replace("accent-color: \"#1b5e7a\"", "accent-color: \"#7a1b3d\""));
        warmBuild(out, ALL);
        assertThat(cover(out)).isNotEqualTo(retitled);
        assertThat(coverInEpub(out)).isEqualTo(cover(out));
        assertSameAsCold(out, ALL);
    }

    @Test
    void aBriefsImageSavedAgainIsInTheNextRebuild() throws IOException {
        Path out = work.resolve("warm");
        warmBuild(out, ALL);
        Path chart = brief.resolveSibling("requests-chart.png");
        byte[] before = Files.readAllBytes(chart);
        assertThat(imageInEpub(out, before)).isTrue();

        // Another valid PNG under the same name, as an author re-exporting a chart would save it.
        byte[] replaced = Files.readAllBytes(sources.resolve("logo.png"));
        Files.write(chart, replaced);
        warmBuild(out, ALL);
        assertThat(imageInEpub(out, replaced)).isTrue();
        assertThat(imageInEpub(out, before)).isFalse();
        assertSameAsCold(out, ALL);
    }

    private void warmBuild(Path out, Set<Format> formats) throws IOException {
        BuildReport report =
                new BriefBuilder(request(out, formats), new RecordingLog(new ArrayList<>()), Optional.of(warm)).build();
        assertThat(report.outcomes()).allMatch(outcome -> outcome.status() == BriefOutcome.Status.BUILT);
    }

    /** Every file of the warm build equals the one a cold builder writes from the same sources now. */
    private void assertSameAsCold(Path warmOut, Set<Format> formats) throws IOException {
        Path cold = work.resolve("cold-" + coldBuilds++);
        BuildReport report = new BriefBuilder(request(cold, formats), new RecordingLog(new ArrayList<>())).build();
        assertThat(report.outcomes()).allMatch(outcome -> outcome.status() == BriefOutcome.Status.BUILT);
        List<Path> coldFiles = EditionFiles.existing(cold.resolve(SLUG), SLUG);
        assertThat(coldFiles).hasSize(formats.contains(Format.PNG) ? 5 : 3);
        for (Path coldFile : coldFiles) {
            Path warmFile = warmOut.resolve(SLUG).resolve(coldFile.getFileName());
            assertThat(Files.readAllBytes(warmFile))
                    .as(warmFile.getFileName().toString())
                    .isEqualTo(Files.readAllBytes(coldFile));
        }
    }

    private BuildRequest request(Path out, Set<Format> formats) {
        return new BuildRequest(
                sources,
                out,
                formats,
                Optional.empty(),
                Optional.empty(),
                1,
                Instant.parse("2026-01-01T00:00:00Z"),
                "test");
    }

    private static byte[] cover(Path out) throws IOException {
        return Files.readAllBytes(out.resolve(SLUG).resolve(SLUG + "-cover.png"));
    }

    private static byte[] coverInEpub(Path out) throws IOException {
        return entries(out).stream()
                .filter(entry -> entry.name().endsWith("cover/cover.png"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the EPUB has no cover"))
                .bytes();
    }

    private static boolean imageInEpub(Path out, byte[] image) throws IOException {
        return entries(out).stream().anyMatch(entry -> Arrays.equals(entry.bytes(), image));
    }

    private record Entry(String name, byte[] bytes) {}

    private static List<Entry> entries(Path out) throws IOException {
        List<Entry> entries = new ArrayList<>();
        byte[] epub = Files.readAllBytes(out.resolve(SLUG).resolve(SLUG + ".epub"));
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(new Entry(entry.getName(), zip.readAllBytes()));
            }
        }
        return entries;
    }
}
