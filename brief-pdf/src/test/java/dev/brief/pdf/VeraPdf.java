package dev.brief.pdf;

import dev.brief.check.PdfFlavour;
import dev.brief.check.VeraPdfRunner;
import java.util.List;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The tests' short way to the shared veraPDF runner: the failed checks, readably, none when the file passes. */
final class VeraPdf {
    private VeraPdf() {}

    static List<String> failures(byte[] pdf, PDFAFlavour flavour) {
        return VeraPdfRunner.of(flavour(flavour)).check(pdf).findings().stream()
                .map(Object::toString)
                .toList();
    }

    private static PdfFlavour flavour(PDFAFlavour flavour) {
        return switch (flavour) {
            case PDFUA_1 -> PdfFlavour.PDF_UA_1;
            case PDFA_2_A -> PdfFlavour.PDF_A_2A;
            case PDFA_2_B -> PdfFlavour.PDF_A_2B;
            case PDFUA_2 -> PdfFlavour.PDF_UA_2;
            case PDFA_4 -> PdfFlavour.PDF_A_4;
            case WTPDF_1_0_ACCESSIBILITY -> PdfFlavour.WTPDF_1_0_ACCESSIBILITY;
            default -> throw new IllegalArgumentException("no shared runner for " + flavour);
        };
    }
}
