package dev.brief.core.house;

import java.nio.file.Path;
import java.util.Objects;

/** A house font family: four TrueType files, given as absolute paths by the house reader. */
public record FontFamily(Path regular, Path bold, Path italic, Path boldItalic) {
    public FontFamily {
        Objects.requireNonNull(regular, "regular");
        Objects.requireNonNull(bold, "bold");
        Objects.requireNonNull(italic, "italic");
        Objects.requireNonNull(boldItalic, "boldItalic");
    }
}
