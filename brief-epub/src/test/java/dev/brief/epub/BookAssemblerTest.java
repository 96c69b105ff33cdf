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
                "<c/>",
                "<n/>",
                "<v/>",
                new byte[] {1},
                Map.of("charts/one.png", "charts/one.png"),
                directory,
                EditionFonts.none());
        var image = publication.book().getResources().getByHref("charts/one.png");
        assertThat(image.getMediaType().getName()).isEqualTo("image/png");
        assertThat(publication.manifestProperties())
                .containsEntry("nav", "nav")
                .containsEntry("cover-image", "cover-image");
        assertThat(publication.book().getSpine().getSpineReferences())
                .extracting(reference -> reference.getResource().getHref())
                .containsExactly("cover.xhtml", "nav.xhtml", "brief.xhtml");
    }

    @Test
    void anImageOutsideTheBriefsFolderIsRefused() {
        assertThatThrownBy(() -> BookAssembler.assemble(
                        "<c/>",
                        "<n/>",
                        "<v/>",
                        new byte[] {1},
                        Map.of("secret.png", "../secret.png"),
                        directory,
                        EditionFonts.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside the brief's folder");
    }

    @Test
    void anImageThatClashesWithTheCoverIsRefused() throws Exception {
        EpubFixtures.folderWithImages(directory, "cover/cover.png");
        assertThatThrownBy(() -> BookAssembler.assemble(
                        "<c/>",
                        "<n/>",
                        "<v/>",
                        new byte[] {1},
                        Map.of("cover/cover.png", "cover/cover.png"),
                        directory,
                        EditionFonts.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two files at cover/cover.png");
    }

    @Test
    void theCoverAndContentsStyleLeavesColoursToTheReadingSystem() throws Exception {
        BookAssembler.Publication publication = BookAssembler.assemble(
                "<c/>", "<n/>", "<v/>", new byte[] {1}, Map.of(), directory, EditionFonts.none());
        String css = new String(
                        publication
                                .book()
                                .getResources()
                                .getByHref(BookAssembler.STYLE_HREF)
                                .getData(),
                        java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("(?s)/\\*.*?\\*/", "");

        // It says the pages work in a dark scheme, so that a reading system that themes nothing draws its own dark
        // defaults, and sets no colour, size in pixels or !important that would fight the reader's settings.
        assertThat(css).contains(":root { color-scheme: light dark; }");
        assertThat(css).doesNotContainPattern("(?<![-\\w])(color|background(-color)?)\\s*:");
        assertThat(css).doesNotContainPattern("\\d+px").doesNotContain("!important");
        // Contents entries 24 CSS pixels apart at the default 16 px size (WCAG 2.2 SC 2.5.8): 1 line plus 0.5 em.
        assertThat(css).contains("nav li { margin: 0.5em 0; }");
    }
}
