package dev.brief.pdf.text;

import dev.brief.pdf.fonts.Typeface;

/**
 * Glyphs of one typeface, positioned from the origin of the text they belong to, in points at the text's size.
 *
 * @param glyphs glyph ids of the typeface's font file, left to right on the page
 * @param x each glyph's origin from the text's origin
 * @param y each glyph's rise above the baseline
 * @param characters the first character (code point) each glyph shows, for the font's ToUnicode map
 * @param advance the run's width
 * @param shaped whether the glyphs come from the shaper (contextual forms, ligatures, marks), not one per
 *     character from the character map
 */
public record GlyphRun(
        Typeface typeface, int[] glyphs, float[] x, float[] y, int[] characters, float advance, boolean shaped) {}
