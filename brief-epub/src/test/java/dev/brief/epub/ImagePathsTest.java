package dev.brief.epub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Image files named with spaces and letters beyond ASCII still make a clean EPUB. */
class ImagePathsTest {
    @TempDir
    Path directory;

    @Test
    void anImageWithSpacesAndAccentsIsPackedUnderASafeNameThatEveryReferenceUses() throws Exception {
        Path folder = EpubFixtures.folderWithImages(directory, "figures/Harbour map é 1.png");
        // the same file named twice, once through "./", is one image
        byte[] epub = EpubFixtures.write(
                TestBriefs.withFigures("figures/Harbour map é 1.png", "./figures/Harbour map é 1.png"),
                folder,
                Optional.empty());

        Map<String, byte[]> entries = entries(epub);
        assertThat(entries).containsKey("EPUB/figures/Harbour-map---1.png");
        assertThat(entries.keySet()).noneMatch(name -> name.contains(" ") || name.contains("é"));
        String content = new String(entries.get("EPUB/brief.xhtml"), StandardCharsets.UTF_8);
        assertThat(content).contains("src=\"figures/Harbour-map---1.png\"").doesNotContain("Harbour map");
        String opf = new String(entries.get("EPUB/package.opf"), StandardCharsets.UTF_8);
        assertThat(opf).containsOnlyOnce("href=\"figures/Harbour-map---1.png\"");
        assertThat(EpubCheckReport.check(epub, directory).problems()).isEmpty();
    }

    @Test
    void twoImagesThatWouldMeetAtOnePackagePathAreRefused() throws Exception {
        Path folder = EpubFixtures.folderWithImages(directory, "a b.png", "a-b.png");

        assertThatThrownBy(() ->
                        EpubFixtures.write(TestBriefs.withFigures("a b.png", "a-b.png"), folder, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a b.png")
                .hasMessageContaining("a-b.png")
                .hasMessageContaining("rename one of them");
    }

    private static Map<String, byte[]> entries(byte[] epub) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }
}
