package dev.brief.pdf;

import dev.brief.core.house.HouseStyle;
import dev.brief.core.house.PdfStandard;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * How to write the PDF edition: {@code baseDirectory} is the brief's folder (figures are resolved against
 * it), {@code style} the house style (accent colour, page size, fonts, labels), {@code timestamp} the build time that
 * becomes the creation and modification date (the same timestamp gives the same bytes), {@code standard} the
 * standards the file is written to (PDF/UA-1 with PDF/A-2a, or PDF/UA-2 with PDF/A-4 and WTPDF).
 */
public record PdfOptions(Path baseDirectory, HouseStyle style, Instant timestamp, PdfStandard standard) {
    public PdfOptions {
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(standard, "standard");
    }

    /** Options that write to the house style's standard. */
    public PdfOptions(Path baseDirectory, HouseStyle style, Instant timestamp) {
        this(baseDirectory, style, timestamp, style.pdfStandard());
    }
}
