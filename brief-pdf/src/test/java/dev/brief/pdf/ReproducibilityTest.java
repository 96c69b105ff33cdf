package dev.brief.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.testing.SampleBriefs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The same brief, options and timestamp give the same bytes; the timestamp is the only clock. */
class ReproducibilityTest {

    @Test
    void writingTwiceGivesTheSameBytes() {
        byte[] first = TestPdfs.write(SampleBriefs.sample(), SampleBriefs.sampleDirectory(),
                SampleBriefs.house().style()).bytes();
        byte[] second = TestPdfs.write(SampleBriefs.sample(), SampleBriefs.sampleDirectory(),
                SampleBriefs.house().style()).bytes();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void theTimestampBecomesTheDatesAndChangesTheId() throws IOException {
        Instant other = Instant.parse("2027-03-04T05:06:07Z");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.write(SampleBriefs.sample(),
                new PdfOptions(SampleBriefs.sampleDirectory(), SampleBriefs.house().style(), other), out);
        String later = new String(out.toByteArray(), StandardCharsets.ISO_8859_1);
        String earlier = new String(TestPdfs.sample().bytes(), StandardCharsets.ISO_8859_1);
        assertThat(later).contains("2027-03-04T05:06:07Z").doesNotContain("2026-01-01T00:00:00Z");
        assertThat(earlier).contains("2026-01-01T00:00:00Z");
        assertThat(id(later)).isNotEqualTo(id(earlier));
    }

    private static String id(String pdf) {
        int start = pdf.lastIndexOf("/ID");
        return pdf.substring(start, Math.min(pdf.length(), start + 80));
    }
}
