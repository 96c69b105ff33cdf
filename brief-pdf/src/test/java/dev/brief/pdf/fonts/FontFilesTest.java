package dev.brief.pdf.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FontFilesTest {
    @TempDir
    Path folder;

    @Test
    void aHouseFamilyReplacesTheBundledOne() throws IOException {
        Path regular = copy("SourceSans3-Regular.ttf");
        Path bold = copy("SourceSans3-Bold.ttf");
        Path italic = copy("SourceSans3-It.ttf");
        Path boldItalic = copy("SourceSans3-BoldIt.ttf");
        FontLibrary library = new FontLibrary(FontFiles.bundled().withSerif(regular, bold, italic, boldItalic));

        assertThat(library.metrics(Face.SERIF_REGULAR).fontName()).isEqualTo("SourceSans3-Regular");
        assertThat(library.metrics(Face.SERIF_BOLD_ITALIC).fontName()).isEqualTo("SourceSans3-BoldIt");
        assertThat(library.metrics(Face.SANS_REGULAR).fontName()).isEqualTo("SourceSans3-Regular");
        assertThat(library.files().describe(Face.SERIF_ITALIC)).isEqualTo("SourceSans3-It.ttf");
    }

    @Test
    void aHouseSansFamilyServesItsBoldAsSemibold() throws IOException {
        Path regular = copy("SourceSerif4-Regular.ttf");
        Path bold = copy("SourceSerif4-Bold.ttf");
        FontFiles files = FontFiles.bundled().withSans(regular, bold, regular, bold);

        FontLibrary library = FontLibrary.of(files);
        assertThat(library.metrics(Face.SANS_SEMIBOLD).fontName()).isEqualTo("SourceSerif4-Bold");
        assertThat(FontLibrary.of(FontFiles.bundled().withSans(regular, bold, regular, bold)))
                .isSameAs(library);
        assertThat(FontLibrary.of(FontFiles.bundled())).isSameAs(FontLibrary.bundled());
    }

    private Path copy(String bundled) throws IOException {
        Path target = folder.resolve(bundled);
        try (InputStream in = getClass().getResourceAsStream("/dev/brief/core/fonts/" + bundled)) {
            Files.copy(in, target);
        }
        return target;
    }
}
