package dev.brief.maven.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The fixtures under {@code /admission/} and the build requests the tests of admission and kept editions make. */
final class Admissions {
    static final Instant TIMESTAMP = Instant.parse("2026-01-01T00:00:00Z");

    private Admissions() {}

    /** Copies the fixture {@code name} to {@code target} (a file path) and returns it. */
    static Path copy(String name, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try (InputStream in = Admissions.class.getResourceAsStream("/admission/" + name)) {
            if (in == null) {
                throw new IOException("no fixture " + name);
            }
            Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    static BuildReport build(Path source, Path output, Set<Format> formats, LegacyMode legacy, List<String> log)
            throws IOException {
        BuildRequest request = new BuildRequest(
                        source, output, formats, Optional.empty(), Optional.empty(), 1, TIMESTAMP, "admission-test")
                .withLegacy(legacy);
        return new BriefBuilder(request, new RecordingLog(log)).build();
    }
}
