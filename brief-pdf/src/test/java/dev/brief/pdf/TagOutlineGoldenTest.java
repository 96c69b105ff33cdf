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

    @Test
    void sampleOutlineMatchesTheGoldenFile() throws IOException {
        String outline = PdfInspection.of(TestPdfs.sample().bytes()).outline();
        if (Boolean.getBoolean("brief.updateGolden")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, outline, StandardCharsets.UTF_8);
        }
        assertThat(GOLDEN).as("golden file; create it with -Dbrief.updateGolden=true").exists();
        assertThat(outline).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }
}
