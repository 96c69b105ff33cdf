package dev.brief.core.house;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The standards the PDF edition is written to. Both are set from the same model and layout; only the tag mapping,
 * the header and the metadata differ.
 */
public enum PdfStandard {
    /** PDF 1.7, PDF/UA-1 (ISO 14289-1) and PDF/A-2a (ISO 19005-2): what every reader and validator knows. */
    UA1("ua1"),
    /**
     * PDF 2.0, PDF/UA-2 (ISO 14289-2:2024), PDF/A-4 (ISO 19005-4) and WTPDF 1.0 accessibility: the PDF 2.0
     * structure namespace, FENote, Aside, Title, Ref.
     */
    UA2("ua2");

    private final String key;

    PdfStandard(String key) {
        this.key = key;
    }

    /** The word a house file or the plugin's {@code pdfStandard} parameter uses: {@code ua1}, {@code ua2}. */
    public String key() {
        return key;
    }

    /** The standard a setting names, in any case; empty for a value that names none. */
    public static Optional<PdfStandard> named(String value) {
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(standard -> standard.key.equals(wanted))
                .findFirst();
    }

    /** "ua1, ua2": the valid values, for messages. */
    public static String validValues() {
        return Arrays.stream(values()).map(PdfStandard::key).collect(Collectors.joining(", "));
    }
}
