package dev.brief.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.pdf.inspect.PdfInspection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The sample's tag tree as an outline equals the reviewed golden file. Regenerate with
 * {@code -Dbrief.updateGolden=true} and review the diff.
 */
class TagOutlineGoldenTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "sample-tag-outline.txt");
    /** The same sample written to PDF/UA-2: namespaces, Title, FENote with /Ref, Aside, Em and Strong. */
    private static final Path GOLDEN_UA2 = Path.of("src", "test", "resources", "golden", "sample-tag-outline-ua2.txt");

    @Test
    void sampleOutlineMatchesTheGoldenFile() throws IOException {
        assertMatches(PdfInspection.of(TestPdfs.sample().bytes()).outline(), GOLDEN);
    }

    @Test
    void ua2SampleOutlineMatchesTheGoldenFile() throws IOException {
        String outline = PdfInspection.of(TestPdfs.sampleUa2().bytes()).outline();
        assertMatches(outline, GOLDEN_UA2);
        assertThat(outline)
                .contains(
                        "FENote",
                        "NoteType=\"Endnote\"",
                        "-> Aside",
                        "Ref=\"[FENote#",
                        "NS=\"pdf2\"",
                        "NS=\"pdf1.7\"",
                        "Title NS",
                        "Em NS",
                        "-> page 5 FENote");
    }

    private static void assertMatches(String outline, Path golden) throws IOException {
        if (Boolean.getBoolean("brief.updateGolden")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, outline, StandardCharsets.UTF_8);
        }
        assertThat(golden)
                .as("golden file; create it with -Dbrief.updateGolden=true")
                .exists();
        assertThat(outline).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
