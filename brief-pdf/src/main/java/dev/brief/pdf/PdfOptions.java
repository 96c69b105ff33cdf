package dev.brief.pdf;

import dev.brief.core.house.HouseStyle;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * How to write the PDF edition: {@code baseDirectory} is the brief's folder (figures are resolved against
 * it), {@code style} the house style (accent colour, page size, fonts, labels), {@code timestamp} the build time that
 * becomes the creation and modification date (the same timestamp gives the same bytes).
 */
public record PdfOptions(Path baseDirectory, HouseStyle style, Instant timestamp) {
    public PdfOptions {
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(timestamp, "timestamp");
    }
}
