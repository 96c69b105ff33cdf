package dev.brief.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** veraPDF finds no failed check, for PDF/UA-1 and for PDF/A-2a, in every PDF the tests write. */
@Timeout(300)
class ConformanceTest {

    static Stream<Arguments> pdfs() {
        return Stream.of(
                Arguments.of("sample", PDFAFlavour.PDFUA_1),
                Arguments.of("sample", PDFAFlavour.PDFA_2_A),
                Arguments.of("kitchen sink", PDFAFlavour.PDFUA_1),
                Arguments.of("kitchen sink", PDFAFlavour.PDFA_2_A),
                Arguments.of("minimal", PDFAFlavour.PDFUA_1),
                Arguments.of("minimal", PDFAFlavour.PDFA_2_A));
    }

    @ParameterizedTest(name = "{0} passes {1}")
    @MethodSource("pdfs")
    void passesVeraPdf(String which, PDFAFlavour flavour) {
        assertThat(VeraPdf.failures(bytes(which), flavour)).isEmpty();
    }

    @Test
    void veraPdfRejectsAnUntaggedDocument() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(out);
        }
        assertThat(VeraPdf.failures(out.toByteArray(), PDFAFlavour.PDFUA_1)).isNotEmpty();
        assertThat(VeraPdf.failures(out.toByteArray(), PDFAFlavour.PDFA_2_A)).isNotEmpty();
    }

    private static byte[] bytes(String which) {
        switch (which) {
            case "sample":
                return TestPdfs.sample().bytes();
            case "kitchen sink":
                return TestPdfs.kitchenSink().bytes();
            default:
                return TestPdfs.minimal().bytes();
        }
    }
}
