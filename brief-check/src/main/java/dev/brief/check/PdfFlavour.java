package dev.brief.check;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The standards veraPDF checks a PDF against, by the name the standard gives itself. Adding one is one more
 * constant here with its veraPDF flavour.
 */
public enum PdfFlavour {
    PDF_UA_1("PDF/UA-1", PDFAFlavour.PDFUA_1),
    PDF_A_2A("PDF/A-2a", PDFAFlavour.PDFA_2_A),
    /** What a PDF/A-2a file is without its tags; the embedded-font tests need no more. */
    PDF_A_2B("PDF/A-2b", PDFAFlavour.PDFA_2_B),
    PDF_UA_2("PDF/UA-2", PDFAFlavour.PDFUA_2),
    /** PDF/A-4 without a conformance level: the plain archival part of PDF 2.0. */
    PDF_A_4("PDF/A-4", PDFAFlavour.PDFA_4),
    /** Well-Tagged PDF 1.0, its accessibility conformance level. */
    WTPDF_1_0_ACCESSIBILITY("WTPDF 1.0 accessibility", PDFAFlavour.WTPDF_1_0_ACCESSIBILITY);

    private final String standardName;
    private final PDFAFlavour veraPdfFlavour;

    PdfFlavour(String standardName, PDFAFlavour veraPdfFlavour) {
        this.standardName = standardName;
        this.veraPdfFlavour = veraPdfFlavour;
    }

    /** The name the standard gives itself, such as "PDF/UA-1". */
    public String standardName() {
        return standardName;
    }

    PDFAFlavour veraPdfFlavour() {
        return veraPdfFlavour;
    }

    /** The flavour a configuration names, in any case: "PDF/UA-1", "pdf/a-2a". */
    public static PdfFlavour named(String name) {
        return Arrays.stream(values())
                .filter(flavour -> flavour.standardName.equalsIgnoreCase(name.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no PDF flavour is called \"" + name + "\"; known: "
                        + Arrays.stream(values()).map(PdfFlavour::standardName).collect(Collectors.joining(", "))));
    }
}
