package dev.brief.pdf.fonts;

import java.util.List;

/**
 * The fonts to try, best first, for a character that a face's own font does not have: the fonts installed on
 * the system, picked by script, language and style, as fontconfig or a browser picks them.
 */
interface FallbackFonts {
    /** No fallback: a character the face lacks is reported, never drawn as a blank box. */
    FallbackFonts NONE = (codePoint, face, languageTag) -> List.of();

    List<FontSource> chain(int codePoint, Face face, String languageTag);
}
