package dev.brief.epub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.brief.core.fonts.EditionFonts;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BookAssemblerTest {
    @TempDir
    Path directory;

    @Test
    void imagesKeepTheirPathAndMediaType() throws Exception {
        EpubFixtures.folderWithImages(directory, "charts/one.png");
        BookAssembler.Publication publication = BookAssembler.assemble(
                "<c/>", "<n/>", "<v/>", new byte[] {1}, Map.of("charts/one.png", "charts/one.png"), directory, EditionFonts.none());
        var image = publication.book().getResources().getByHref("charts/one.png");
        assertThat(image.getMediaType().getName()).isEqualTo("image/png");
        assertThat(publication.manifestProperties()).containsEntry("nav", "nav").containsEntry("cover-image", "cover-image");
        assertThat(publication.book().getSpine().getSpineReferences())
                .extracting(reference -> reference.getResource().getHref())
                .containsExactly("cover.xhtml", "nav.xhtml", "brief.xhtml");
    }

    @Test
    void anImageOutsideTheBriefsFolderIsRefused() {
        assertThatThrownBy(() -> BookAssembler.assemble(
                "<c/>", "<n/>", "<v/>", new byte[] {1}, Map.of("secret.png", "../secret.png"), directory, EditionFonts.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside the brief's folder");
    }

    @Test
    void anImageThatClashesWithTheCoverIsRefused() throws Exception {
        EpubFixtures.folderWithImages(directory, "cover/cover.png");
        assertThatThrownBy(() -> BookAssembler.assemble(
                "<c/>", "<n/>", "<v/>", new byte[] {1}, Map.of("cover/cover.png", "cover/cover.png"), directory, EditionFonts.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two files at cover/cover.png");
    }
}
