package dev.brief.html;

import dev.brief.core.fonts.EditionFonts;
import dev.brief.core.fonts.WebFont;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * The {@code @font-face} rules and font stacks of the style sheets. The print edition embeds each face as a
 * {@code data:} URI, so the file stays self-contained; an EPUB content document refers to the face's file in
 * the package ({@link PackagePaths#font}). Without edition fonts the stacks name common fonts only.
 */
final class FontFaces {
    private FontFaces() {}

    /** The rules for a self-contained document. */
    static String embedded(EditionFonts fonts) {
        return rules(
                fonts, face -> "data:font/ttf;base64," + Base64.getEncoder().encodeToString(face.trueType()));
    }

    /** The rules for a document beside the package's {@code fonts} folder. */
    static String packaged(EditionFonts fonts) {
        return rules(fonts, PackagePaths::font);
    }

    /** The edition's families first, then {@code fallbacks} (a CSS list), each family once. */
    static String stack(List<String> families, String fallbacks) {
        List<String> names = new ArrayList<>();
        for (String family : families) {
            String quoted = MarkupWriter.cssString(family);
            if (!names.contains(quoted)) {
                names.add(quoted);
            }
        }
        for (String fallback : fallbacks.split(",\\s*")) {
            if (!names.contains(fallback)) {
                names.add(fallback);
            }
        }
        return String.join(", ", names);
    }

    private static String rules(EditionFonts fonts, Function<WebFont, String> source) {
        StringBuilder css = new StringBuilder();
        for (WebFont face : fonts.faces()) {
            css.append("@font-face { font-family: ")
                    .append(MarkupWriter.cssString(face.family()))
                    .append("; font-weight: ")
                    .append(face.weight())
                    .append("; font-style: ")
                    .append(face.italic() ? "italic" : "normal")
                    .append("; font-display: swap; src: url(")
                    .append(MarkupWriter.cssString(source.apply(face)))
                    .append(") format(\"truetype\"); }\n");
        }
        return css.toString();
    }
}
