package dev.brief.pdf.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A house font that has Arabic letters but cannot join them is reported, never drawn letter by letter. */
class UnshapeableFontTest {
    private static final Path NASKH = Path.of("/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf");

    @Test
    void aFontWithArabicLettersButNoArabicSubstitutionsIsReported(@TempDir Path folder) throws IOException {
        assertThat(NASKH).as("Debian's fonts-noto-core must be installed").exists();
        // The same font without its GSUB table: every letter there, no way to join them.
        Path withoutSubstitutions = folder.resolve("NaskhWithoutGsub.ttf");
        Files.write(withoutSubstitutions, TableDirectoryPruner.prune(Files.readAllBytes(NASKH)));
        FontLibrary house = new FontLibrary(
                FontFiles.bundled()
                        .withSerif(
                                withoutSubstitutions, withoutSubstitutions, withoutSubstitutions, withoutSubstitutions),
                FallbackFonts.NONE);

        List<UncoveredCharacter> problems = house.uncovered(Face.SERIF_REGULAR, "مياه البلديات", "ar");

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).unshapeable()).isTrue();
        assertThat(problems.get(0).message()).contains("cannot shape").contains("Arabic");
    }

    @Test
    void theSameFontWithItsSubstitutionsShapes(@TempDir Path folder) throws IOException {
        assertThat(NASKH).as("Debian's fonts-noto-core must be installed").exists();
        FontLibrary house =
                new FontLibrary(FontFiles.bundled().withSerif(NASKH, NASKH, NASKH, NASKH), FallbackFonts.NONE);

        assertThat(house.uncovered(Face.SERIF_REGULAR, "مياه البلديات", "ar")).isEmpty();
    }
}
