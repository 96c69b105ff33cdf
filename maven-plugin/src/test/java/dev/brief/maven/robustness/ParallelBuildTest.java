package dev.brief.maven.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.robustness.CatalogueWriter;
import dev.brief.core.testing.SampleBriefs;
import dev.brief.maven.build.BriefOutcome;
import dev.brief.maven.build.BuildReport;
import dev.brief.maven.build.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Building briefs side by side gives the same bytes as building them one after another. */
class ParallelBuildTest {
    @TempDir
    Path work;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES) // a hang guard, not a speed test
    void parallelBuildsWriteTheSameBytesAsSerialBuilds() throws IOException {
        Path sources = work.resolve("src");
        CatalogueWriter.write(sources, 5, 11, CatalogueWriter.Shape.small());
        copySample(sources.resolve("civic-data-trusts"));

        BuildReport serial = Builds.build(sources, work.resolve("serial"), EnumSet.allOf(Format.class), 1);
        BuildReport parallel = Builds.build(sources, work.resolve("parallel"), EnumSet.allOf(Format.class), 4);

        assertThat(serial.failed()).isEmpty();
        assertThat(parallel.failed()).isEmpty();
        assertThat(parallel.count(BriefOutcome.Status.BUILT)).isEqualTo(6);
        Map<String, byte[]> serialFiles = files(work.resolve("serial"));
        Map<String, byte[]> parallelFiles = files(work.resolve("parallel"));
        assertThat(serialFiles).hasSizeGreaterThanOrEqualTo(6 * 5);
        assertThat(parallelFiles.keySet()).isEqualTo(serialFiles.keySet());
        for (String name : serialFiles.keySet()) {
            assertThat(parallelFiles.get(name)).as(name).isEqualTo(serialFiles.get(name));
        }
    }

    /** The sample brief with its own images, read with the generated catalogue's house. */
    private static void copySample(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(SampleBriefs.sampleDirectory())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
