package dev.brief.html;

import dev.brief.core.house.FontFamily;
import dev.brief.core.house.HouseStyle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;

/**
 * The house fonts for the print edition: each TrueType file embedded as a {@code data:} URI in an
 * {@code @font-face} rule, so the file stays self-contained and looks like the house's PDF. Without house
 * fonts the style sheet names common system fonts and no font is embedded.
 */
final class FontFaces {
    static final String HOUSE_SERIF = "Brief House Serif";
    static final String HOUSE_SANS = "Brief House Sans";

    private FontFaces() {}

    /** The {@code @font-face} rules, empty without house fonts. */
    static String rules(HouseStyle style) {
        StringBuilder css = new StringBuilder();
        style.serif().ifPresent(family -> family(css, HOUSE_SERIF, family));
        style.sans().ifPresent(family -> family(css, HOUSE_SANS, family));
        return css.toString();
    }

    /** The house family first in a font stack when the house has one. */
    static String stack(Optional<FontFamily> family, String houseName, String fallbacks) {
        return family.isPresent() ? MarkupWriter.cssString(houseName) + ", " + fallbacks : fallbacks;
    }

    private static void family(StringBuilder css, String name, FontFamily family) {
        face(css, name, family.regular(), "normal", "normal");
        face(css, name, family.bold(), "bold", "normal");
        face(css, name, family.italic(), "normal", "italic");
        face(css, name, family.boldItalic(), "bold", "italic");
    }

    private static void face(StringBuilder css, String name, Path file, String weight, String fontStyle) {
        try {
            css.append("@font-face { font-family: ").append(MarkupWriter.cssString(name))
                    .append("; font-weight: ").append(weight)
                    .append("; font-style: ").append(fontStyle)
                    .append("; font-display: swap; src: url(data:font/ttf;base64,")
                    .append(Base64.getEncoder().encodeToString(Files.readAllBytes(file)))
                    .append(") format(\"truetype\"); }\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read house font " + file, e);
        }
    }
}
