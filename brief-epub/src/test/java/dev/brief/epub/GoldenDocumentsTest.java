package dev.brief.epub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The documents this module writes itself, for the full test brief, against reviewed golden files in
 * {@code src/test/resources/golden/}. After an intended change, regenerate them with
 * {@code -Dbrief.golden.accept=true} and review the diff.
 */
class GoldenDocumentsTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    @TempDir
    Path directory;

    @ParameterizedTest
    @ValueSource(strings = {"package.opf", "nav.xhtml", "cover.xhtml"})
    void documentMatchesGoldenFile(String name) throws Exception {
        Path folder = EpubFixtures.folderWithImages(directory, "lamp.png");
        byte[] epub = EpubFixtures.write(TestBriefs.full(), folder, Optional.of(TestBriefs.fullPageMap()));
        String actual = entry(epub, "EPUB/" + name);
        Path golden = GOLDEN.resolve("full." + name);
        if (Boolean.getBoolean("brief.golden.accept")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    private static String entry(byte[] epub, String name) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name + " in the EPUB");
    }
}
