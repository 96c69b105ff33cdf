package dev.brief.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** Written with the {@code ua2} standard, the test PDFs pass PDF/UA-2, PDF/A-4 and WTPDF 1.0 accessibility. */
@Timeout(300)
class Ua2ConformanceTest {

    static Stream<Arguments> pdfs() {
        return Stream.of("sample", "kitchen sink", "minimal")
                .flatMap(which -> Stream.of(
                        Arguments.of(which, PDFAFlavour.PDFUA_2),
                        Arguments.of(which, PDFAFlavour.PDFA_4),
                        Arguments.of(which, PDFAFlavour.WTPDF_1_0_ACCESSIBILITY)));
    }

    @ParameterizedTest(name = "{0} passes {1}")
    @MethodSource("pdfs")
    void passesVeraPdf(String which, PDFAFlavour flavour) {
        assertThat(VeraPdf.failures(bytes(which), flavour)).isEmpty();
    }

    private static byte[] bytes(String which) {
        switch (which) {
            case "sample":
                return TestPdfs.sampleUa2().bytes();
            case "kitchen sink":
                return TestPdfs.kitchenSinkUa2().bytes();
            default:
                return TestPdfs.minimalUa2().bytes();
        }
    }
}
