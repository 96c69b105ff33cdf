package dev.brief.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.house.HouseStyle;
import dev.brief.core.house.PdfStandard;
import dev.brief.core.model.Brief;
import dev.brief.core.read.BriefReader;
import dev.brief.core.read.ReadResult;
import dev.brief.core.testing.SampleBriefs;
import dev.brief.core.testing.SecondJvm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same brief, options and timestamp give the same bytes; the timestamp is the only clock. */
class ReproducibilityTest {

    @Test
    void writingTwiceGivesTheSameBytes() {
        byte[] first = TestPdfs.write(
                        SampleBriefs.sample(),
                        SampleBriefs.sampleDirectory(),
                        SampleBriefs.house().style())
                .bytes();
        byte[] second = TestPdfs.write(
                        SampleBriefs.sample(),
                        SampleBriefs.sampleDirectory(),
                        SampleBriefs.house().style())
                .bytes();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void writingTwiceToPdfUa2GivesTheSameBytes() {
        HouseStyle style = SampleBriefs.house().style().withPdfStandard(PdfStandard.UA2);
        byte[] first = TestPdfs.write(SampleBriefs.sample(), SampleBriefs.sampleDirectory(), style)
                .bytes();
        byte[] second = TestPdfs.write(SampleBriefs.sample(), SampleBriefs.sampleDirectory(), style)
                .bytes();
        assertThat(second).isEqualTo(first);
        assertThat(new String(first, 0, 8, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-2.0");
    }

    /**
     * A second JVM, with another locale, time zone and default charset, writes the same bytes as this one: a
     * second build in one JVM would share its class-loading order, caches and defaults.
     */
    @Test
    void aSecondJvmWritesTheSameBytes(@TempDir Path directory) throws IOException, InterruptedException {
        Path pdf = directory.resolve("second-jvm.pdf");
        SecondJvm.run(directory.resolve("second-jvm.log"), SamplePdfMain.class, pdf.toString());
        assertThat(Files.readAllBytes(pdf)).isEqualTo(TestPdfs.sample().bytes());
    }

    @Test
    void theTimestampBecomesTheDatesAndChangesTheId() throws IOException {
        Instant other = Instant.parse("2027-03-04T05:06:07Z");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.write(
                SampleBriefs.sample(),
                new PdfOptions(
                        SampleBriefs.sampleDirectory(), SampleBriefs.house().style(), other),
                out);
        String later = new String(out.toByteArray(), StandardCharsets.ISO_8859_1);
        String earlier = new String(TestPdfs.sample().bytes(), StandardCharsets.ISO_8859_1);
        assertThat(later).contains("2027-03-04T05:06:07Z").doesNotContain("2026-01-01T00:00:00Z");
        assertThat(earlier).contains("2026-01-01T00:00:00Z");
        assertThat(id(later)).isNotEqualTo(id(earlier));
    }

    @Test
    void aWordChangedInTheTextChangesTheIdAndTheSameBriefKeepsIt() throws IOException {
        String source = Files.readString(SampleBriefs.samplePath());
        // a word of the body text, after the front matter, gains a letter
        int body = source.indexOf("\n---", 4) + 4;
        String edited = source.substring(0, body) + source.substring(body).replaceFirst(" ([a-z]{4,}) ", " $1s ");
        assertThat(edited).isNotEqualTo(source);
        ReadResult read = BriefReader.read(edited, SampleBriefs.samplePath(), SampleBriefs.house());
        Brief brief = read.brief()
                .orElseThrow(() -> new AssertionError(read.diagnostics().toString()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.write(
                brief,
                new PdfOptions(
                        SampleBriefs.sampleDirectory(), SampleBriefs.house().style(), TestPdfs.TIMESTAMP),
                out);
        String sample = new String(TestPdfs.sample().bytes(), StandardCharsets.ISO_8859_1);
        String editedPdf = new String(out.toByteArray(), StandardCharsets.ISO_8859_1);

        assertThat(id(sample)).matches("(?s)/ID \\[<([0-9A-F]{64})> <\\1>\\].*");
        assertThat(id(editedPdf)).isNotEqualTo(id(sample));
        assertThat(id(new String(
                        TestPdfs.write(
                                        SampleBriefs.sample(),
                                        SampleBriefs.sampleDirectory(),
                                        SampleBriefs.house().style())
                                .bytes(),
                        StandardCharsets.ISO_8859_1)))
                .isEqualTo(id(sample));
    }

    private static String id(String pdf) {
        int start = pdf.lastIndexOf("/ID");
        return pdf.substring(start, Math.min(pdf.length(), start + 140));
    }
}
