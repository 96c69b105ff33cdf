package dev.brief.core.fonts;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * One face of a web font as the HTML and EPUB editions carry it: the CSS family it belongs to, its weight and
 * style (the {@code font-weight} and {@code font-style} of its {@code @font-face} rule), and its TrueType bytes,
 * normally a subset holding just the characters the brief uses. The bytes are copied in and out and compared
 * by content, so equal faces mean equal output.
 *
 * @param family the CSS family name; the faces of one family differ in weight or style
 * @param weight the CSS weight, 1 to 1000 (400 regular, 600 semibold, 700 bold)
 * @param italic whether this is the family's italic
 * @param trueType the font file, TrueType outlines ({@code font/ttf})
 */
public record WebFont(String family, int weight, boolean italic, byte[] trueType) {
    public WebFont {
        Objects.requireNonNull(family, "family");
        if (family.isBlank()) {
            throw new IllegalArgumentException("a web font needs a family name");
        }
        if (weight < 1 || weight > 1000) {
            throw new IllegalArgumentException("CSS font weights run from 1 to 1000: " + weight);
        }
        trueType = Objects.requireNonNull(trueType, "trueType").clone();
    }

    /** A copy, so callers cannot change the font this face holds. */
    @Override
    public byte[] trueType() {
        return trueType.clone();
    }

    /**
     * A file name for this face, unique within one {@link EditionFonts}: the family in lower case with every
     * character other than ASCII letters and digits as {@code -}, the weight, and {@code -italic} for italics
     * ({@code brief-serif-400-italic.ttf}). The EPUB packs the face under it.
     */
    public String fileName() {
        StringBuilder name = new StringBuilder();
        for (char c : family.strip().toLowerCase(Locale.ROOT).toCharArray()) {
            boolean safe = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            name.append(safe ? c : '-');
        }
        return name + "-" + weight + (italic ? "-italic" : "") + ".ttf";
    }

    // The record's own equals would compare the arrays by identity.
    @Override
    public boolean equals(Object other) {
        return other instanceof WebFont that
                && family.equals(that.family)
                && weight == that.weight
                && italic == that.italic
                && Arrays.equals(trueType, that.trueType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(family, weight, italic, Arrays.hashCode(trueType));
    }

    @Override
    public String toString() {
        return "WebFont[" + family + " " + weight + (italic ? " italic" : "") + ", " + trueType.length + " bytes]";
    }
}
