package dev.brief.pdf.text;

import dev.brief.pdf.fonts.Face;
import dev.brief.pdf.fonts.FontLibrary;
import dev.brief.pdf.fonts.Typeface;

/**
 * The font of each character of a text in one face: the face's own, or the first fallback that has the
 * character and can shape its script, chosen as a browser chooses it, for the brief's language.
 */
final class CharacterFonts {
    private final FontLibrary fonts;
    private final String languageTag;

    CharacterFonts(FontLibrary fonts, String languageTag) {
        this.fonts = fonts;
        this.languageTag = languageTag;
    }

    /**
     * The typeface of each character: the face's own or a fallback. Marks, joiners and variation selectors take
     * the typeface of the character before them when it has them, so that shaping sees a cluster in one font.
     */
    Typeface[] typefaces(Face face, String text) {
        Typeface[] typefaces = new Typeface[text.length()];
        Typeface previous = null;
        Typeface primary = fonts.primary(face);
        Character.UnicodeScript previousScript = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            // Looked up once per character: the JDK searches a table for it.
            Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
            Typeface typeface;
            if (previous != null
                    && joinsPrevious(codePoint)
                    && previous.metrics().covers(codePoint)) {
                typeface = previous;
            } else if (previous != null
                    && previous != primary
                    && script == previousScript
                    && previous.metrics().covers(codePoint)) {
                // The fallback of the letter before serves the rest of the word: no look-up per character.
                typeface = previous;
            } else {
                typeface = fonts.typeface(face, codePoint, languageTag);
                if (typeface == null) {
                    // Reported before layout as an uncovered character; drawn with the face's own missing glyph.
                    typeface = fonts.primary(face);
                }
            }
            int length = Character.charCount(codePoint);
            for (int k = 0; k < length; k++) {
                typefaces[i + k] = typeface;
            }
            previous = typeface;
            previousScript = script;
            i += length;
        }
        return typefaces;
    }

    private static boolean joinsPrevious(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || codePoint == 0x200C
                || codePoint == 0x200D
                || (codePoint >= 0xFE00 && codePoint <= 0xFE0F);
    }
}
