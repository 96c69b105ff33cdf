package dev.brief.core.legacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The legacy fixtures under {@code src/test/resources/legacy/}, and their expected conversions. */
final class LegacyFixtures {
    /** Run the tests with {@code -Dbrief.accept=true} to rewrite the expected conversions, then review the diff. */
    static final boolean ACCEPT = Boolean.getBoolean("brief.accept");

    private LegacyFixtures() {}

    static String text(String name) {
        try (InputStream in = LegacyFixtures.class.getResourceAsStream("/legacy/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The source file of a fixture, for rewriting expected files (tests run from the module folder). */
    static Path sourceFile(String name) {
        return Path.of("src", "test", "resources", "legacy", name);
    }

    static void write(String name, String content) {
        try {
            Files.writeString(sourceFile(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
