package dev.brief.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/**
 * The veraPDF runner fails what is not PDF/UA-1 or PDF/A-2a. That Brief's own PDFs pass is shown by the
 * brief-pdf tests; here, that the runner can say no: an untagged page breaks both standards, and a file that is
 * no PDF at all is reported, not passed.
 */
class VeraPdfRunnerTest {
    @Test
    void anUntaggedPdfFailsPdfUa1() throws IOException {
        ValidationReport report = VeraPdfRunner.of(PdfFlavour.PDF_UA_1).check(untaggedPdf());

        assertThat(report.validator()).isEqualTo("veraPDF PDF/UA-1");
        assertThat(report.passed()).isFalse();
        // ISO 14289-1 7.1: the document catalog must say that the file is tagged (MarkInfo) and hold tags.
        assertThat(report.findings(Severity.ERROR)).anySatisfy(finding -> {
            assertThat(finding.rule()).startsWith("ISO 14289-1:2014 clause 7.1 test");
            assertThat(finding.location()).isNotEmpty();
        });
    }

    @Test
    void anUntaggedPdfFailsPdfA2a() throws IOException {
        ValidationReport report = VeraPdfRunner.of(PdfFlavour.PDF_A_2A).check(untaggedPdf());

        assertThat(report.validator()).isEqualTo("veraPDF PDF/A-2a");
        // ISO 19005-2 6.6.2.1: no XMP metadata stream; 6.7.2.2: no structure, although level A needs one.
        assertThat(report.findings(Severity.ERROR))
                .extracting(Finding::rule)
                .anySatisfy(rule -> assertThat(rule).startsWith("ISO 19005-2:2011 clause 6.6.2.1"))
                .anySatisfy(rule -> assertThat(rule).startsWith("ISO 19005-2:2011 clause 6.7"));
    }

    @Test
    void bytesThatAreNoPdfAreFatal() {
        ValidationReport report =
                VeraPdfRunner.of(PdfFlavour.PDF_UA_1).check("not a PDF".getBytes(StandardCharsets.US_ASCII));

        assertThat(report.passed()).isFalse();
        assertThat(report.findings(Severity.FATAL)).hasSize(1);
    }

    @Test
    void flavoursAreFoundByTheStandardsOwnName() {
        assertThat(PdfFlavour.named("PDF/UA-1")).isEqualTo(PdfFlavour.PDF_UA_1);
        assertThat(PdfFlavour.named(" pdf/a-2a")).isEqualTo(PdfFlavour.PDF_A_2A);
        assertThatThrownBy(() -> PdfFlavour.named("PDF/X-4"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PDF/UA-1");
    }

    private static byte[] untaggedPdf() throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        }
    }
}
