package dev.brief.epub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.house.HouseStyle;
import dev.brief.core.model.Brief;
import dev.brief.pictures.PictureRenderer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cover rendered beforehand is packed as given, and the options hold it as a value. */
class PrerenderedCoverTest {
    @TempDir
    Path directory;

    @Test
    void theRenderedCoverGivesTheSameBytesAsRenderingInTheWriter() throws Exception {
        Path folder = EpubFixtures.folderWithImages(directory, "lamp.png");
        Brief brief = TestBriefs.full();
        EpubOptions options = options(folder);
        byte[] rendered = EpubFixtures.write(brief, options);
        byte[] given = EpubFixtures.write(brief, options.withCoverPng(PictureRenderer.cover(brief, options.style())));
        assertThat(given).isEqualTo(rendered);
    }

    @Test
    void theGivenCoverIsPackedUnchanged() throws Exception {
        Path folder = EpubFixtures.folderWithImages(directory, "lamp.png", "other-cover.png");
        byte[] cover = Files.readAllBytes(folder.resolve("other-cover.png"));
        byte[] epub = EpubFixtures.write(TestBriefs.full(), options(folder).withCoverPng(cover));
        assertThat(entry(epub, BookAssembler.COVER_IMAGE_HREF)).isEqualTo(cover);
    }

    @Test
    void optionsCopyTheCoverAndCompareItByContent() {
        byte[] cover = {1, 2, 3};
        EpubOptions options = options(directory).withCoverPng(cover);
        cover[0] = 9;
        options.coverPng().orElseThrow()[1] = 9;
        assertThat(options.coverPng()).hasValueSatisfying(png -> assertThat(png).containsExactly(1, 2, 3));
        EpubOptions same = options(directory).withCoverPng(new byte[] {1, 2, 3});
        assertThat(same).isEqualTo(options).hasSameHashCodeAs(options);
        assertThat(options(directory).withCoverPng(new byte[] {1, 2, 4})).isNotEqualTo(options);
        assertThat(options(directory)).isNotEqualTo(options).isEqualTo(options(directory));
    }

    private static EpubOptions options(Path folder) {
        return new EpubOptions(folder, HouseStyle.defaults(), EpubFixtures.TIMESTAMP, Optional.empty());
    }

    private static byte[] entry(byte[] epub, String nameEnd) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().endsWith(nameEnd)) {
                    return zip.readAllBytes();
                }
            }
        }
        throw new AssertionError("no entry ending with " + nameEnd);
    }
}
