package dev.brief.maven.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.testing.SampleBriefs;
import dev.brief.maven.build.BriefBuilder;
import dev.brief.maven.build.BuildLog;
import dev.brief.maven.build.BuildRequest;
import dev.brief.maven.build.Format;
import dev.brief.maven.build.OutputTimestamp;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the preview keeps between rebuilds (its helper thread, the last cover) never hides a change: a new
 * accent colour saved in the house file and a brief's image saved again both reach the next rebuild's
 * editions, which equal those of a cold build of the same sources.
 */
class PreviewRebuildInputsTest {
    private static final String SLUG = "civic-data-trusts";

    @TempDir
    Path work;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES) // a hang guard, not a speed test
    void aSavedHouseFileAndASavedImageEachShowInTheNextRebuild() throws Exception {
        Path sources = SampleBriefs.copyBriefsTo(work.resolve("src"));
        for (String other : List.of("civic-data-trusts-ar", "civic-data-trusts-zh")) {
            deleteTree(sources.resolve(other));
        }
        Path out = work.resolve("out");
        BuildRequest build = request(sources, out);
        try (PreviewServer server = PreviewServer.start(
                new ServeRequest(build, "127.0.0.1", 0, ServeRequest.DEFAULT_QUIET), BuildLog.silent())) {
            byte[] firstCover = coverOf(out);
            assertThat(html(out)).contains("#1b5e7a").doesNotContain("#7a1b3d");

            Path house = sources.resolve("house.yaml");
            String text = Files.readString(house);
            assertThat(text).contains("accent-color: \"#1b5e7a\"");
            int before = server.state().generation();
            save(
                    house,
                    text.replace("accent-color: \"#1b5e7a\"", "accent-color: \"#7a1b3d\"")
                            .getBytes(StandardCharsets.UTF_8));
            awaitRebuild(server, before);
            assertThat(html(out)).contains("#7a1b3d").doesNotContain("#1b5e7a");
            assertThat(coverOf(out)).as("the cover in the accent colour").isNotEqualTo(firstCover);

            Path chart = sources.resolve(SLUG).resolve("requests-chart.png");
            byte[] replaced = Files.readAllBytes(sources.resolve("logo.png"));
            assertThat(epubHolds(out, replaced)).isFalse();
            before = server.state().generation();
            save(chart, replaced);
            awaitRebuild(server, before);
            assertThat(epubHolds(out, replaced))
                    .as("the EPUB packs the image as saved")
                    .isTrue();

            Path cold = work.resolve("cold");
            new BriefBuilder(request(sources, cold), BuildLog.silent()).build();
            for (String extension : List.of("pdf", "html", "epub")) {
                assertThat(Files.readAllBytes(out.resolve(SLUG).resolve(SLUG + "." + extension)))
                        .as(extension)
                        .isEqualTo(Files.readAllBytes(cold.resolve(SLUG).resolve(SLUG + "." + extension)));
            }
        }
    }

    /** Saves as most editors do, in one step: a half-written file is the watcher's test, not this one's. */
    private static void save(Path file, byte[] bytes) throws IOException {
        Path draft = Files.write(file.resolveSibling("." + file.getFileName() + ".swp"), bytes);
        Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static BuildRequest request(Path sources, Path out) {
        return new BuildRequest(
                sources,
                out,
                EnumSet.of(Format.PDF, Format.HTML, Format.EPUB),
                Optional.empty(),
                Optional.empty(),
                1,
                OutputTimestamp.FALLBACK,
                "test");
    }

    /** Waits until a build after {@code generation} has ended and built the brief. */
    private static void awaitRebuild(PreviewServer server, int generation) throws InterruptedException {
        for (int wait = 0; wait < 2400; wait++) {
            PreviewState state = server.state();
            if (state.generation() > generation && state.changedSlugs().contains(SLUG)) {
                assertThat(state.report().outcomes()).allMatch(outcome -> !outcome.failed());
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no rebuild within two minutes of the save");
    }

    private static String html(Path out) throws IOException {
        return Files.readString(out.resolve(SLUG).resolve(SLUG + ".html"), StandardCharsets.UTF_8);
    }

    private static byte[] coverOf(Path out) throws IOException {
        for (byte[][] entry : entries(out)) {
            if (new String(entry[0], StandardCharsets.UTF_8).endsWith("cover/cover.png")) {
                return entry[1];
            }
        }
        throw new AssertionError("the EPUB has no cover");
    }

    private static boolean epubHolds(Path out, byte[] image) throws IOException {
        return entries(out).stream().anyMatch(entry -> Arrays.equals(entry[1], image));
    }

    /** The EPUB's entries as (name, bytes) pairs. */
    private static List<byte[][]> entries(Path out) throws IOException {
        List<byte[][]> entries = new ArrayList<>();
        byte[] epub = Files.readAllBytes(out.resolve(SLUG).resolve(SLUG + ".epub"));
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(new byte[][] {entry.getName().getBytes(StandardCharsets.UTF_8), zip.readAllBytes()});
            }
        }
        return entries;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
