package dev.brief.core.testing;

import dev.brief.core.house.House;
import dev.brief.core.house.HouseReader;
import dev.brief.core.house.HouseResult;
import dev.brief.core.model.Brief;
import dev.brief.core.read.BriefReader;
import dev.brief.core.read.ReadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The canonical sample brief ({@code samples/src/brief/civic-data-trusts/}) for tests in every module. The
 * repository root is found by walking up from the working directory to the folder that holds
 * {@code samples/src/brief}.
 */
public final class SampleBriefs {
    private static Brief sample;
    private static House house;

    private SampleBriefs() {}

    /** The repository root: the nearest folder above the working directory with {@code samples/src/brief}. */
    public static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("samples").resolve("src").resolve("brief"))) {
                return dir;
            }
        }
        throw new IllegalStateException(
                "no samples/src/brief above " + Path.of("").toAbsolutePath());
    }

    /** The folder that holds the sample briefs and their house file. */
    public static Path briefsDirectory() {
        return repositoryRoot().resolve("samples").resolve("src").resolve("brief");
    }

    /**
     * Copies the sample briefs folder (briefs, images, house file) into {@code target}, so a test can build,
     * change or break the sources without touching the repository. Returns {@code target}.
     */
    public static Path copyBriefsTo(Path target) throws IOException {
        Path briefs = briefsDirectory();
        try (Stream<Path> files = Files.walk(briefs)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Path copy = target.resolve(briefs.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        return target;
    }

    public static Path samplePath() {
        return briefsDirectory().resolve("civic-data-trusts").resolve("civic-data-trusts.md");
    }

    /** The folder of the sample brief: the base directory for its images. */
    public static Path sampleDirectory() {
        return samplePath().getParent();
    }

    public static Path housePath() {
        return briefsDirectory().resolve("house.yaml");
    }

    /** The sample house (publisher and style), read from {@code samples/src/brief/house.yaml}. */
    public static synchronized House house() {
        if (house == null) {
            HouseResult result = HouseReader.read(housePath());
            house = result.house()
                    .orElseThrow(
                            () -> new AssertionError("the sample house file has problems: " + result.diagnostics()));
        }
        return house;
    }

    /** The sample brief, read with the sample house; fails if the sample has errors. */
    public static synchronized Brief sample() {
        if (sample == null) {
            sample = read().brief()
                    .orElseThrow(() -> new AssertionError("the sample brief has problems: " + read().diagnostics()));
        }
        return sample;
    }

    /** The full result of reading the sample: brief, source map and diagnostics. */
    public static ReadResult read() {
        return BriefReader.read(samplePath(), house());
    }
}
