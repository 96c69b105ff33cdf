package dev.brief.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.house.House;
import dev.brief.core.model.Brief;
import dev.brief.core.read.BriefReader;
import dev.brief.core.read.ReadResult;
import dev.brief.pdf.inspect.PdfInspection;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A brief typed with straight quotation marks and apostrophes reads with its language's typographic marks in
 * the PDF's structure text, and French guillemets get their narrow gaps on the page, one each; code keeps its
 * straight marks. With {@code typography: quotes: false} the straight marks stay, so the check can fail.
 */
class QuotationMarksPdfTest {
    private static final String SOURCE = """
            ---
            title: The "Peaceful Rise"
            language: %s
            %s---
            ## China's rise

            They called it a "peaceful rise", the '90s said 'never', and `say "x"` stays.
            """;

    @TempDir
    Path folder;

    private byte[] pdf(String language, String typography) throws Exception {
        Path file = folder.resolve("brief-" + language + typography.length() + ".md");
        Files.writeString(file, SOURCE.formatted(language, typography));
        ReadResult read = BriefReader.read(file, House.defaults());
        assertThat(read.diagnostics()).isEmpty();
        Brief brief = read.brief().orElseThrow();
        return TestPdfs.write(brief, folder, House.defaults().style()).bytes();
    }

    private String readingText(String language, String typography) throws Exception {
        return String.join(" ", PdfInspection.of(pdf(language, typography)).readingText())
                .replaceAll("\\s+", " ");
    }

    @Test
    void englishStructureTextHasCurlyMarks() throws Exception {
        assertThat(readingText("en", ""))
                .contains(
                        "The “Peaceful Rise”",
                        "China’s rise",
                        "a “peaceful rise”, the ’90s said ‘never’, and say \"x\" stays.");
    }

    @Test
    void germanAndFrenchHaveTheirOwnMarks() throws Exception {
        assertThat(readingText("de", "")).contains("a „peaceful rise“, the ’90s said ‚never‘");
        byte[] french = pdf("fr", "");
        String structure =
                String.join(" ", PdfInspection.of(french).readingText()).replaceAll("\\s+", " ");
        assertThat(structure).contains("a «peaceful rise», the ’90s said “never”", "China’s rise");
        // The narrow gaps are drawn, not added to the text; PDFBox's extraction sees each as one space.
        assertThat(TestPdfs.pageText(french, 1)).contains("« peaceful rise »").doesNotContain("«  ");
    }

    @Test
    void turnedOffTheStraightMarksStay() throws Exception {
        assertThat(readingText("en", "typography:\n  quotes: false\n"))
                .contains("China's rise", "a \"peaceful rise\", the '90s said 'never'");
    }
}
