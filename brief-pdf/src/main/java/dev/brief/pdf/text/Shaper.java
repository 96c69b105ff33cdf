package dev.brief.pdf.text;

import dev.brief.pdf.fonts.Typeface;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shapes a run of one font and one direction with the JDK's layout engine ({@link Font#layoutGlyphVector},
 * which runs HarfBuzz): contextual forms, ligatures and mark positioning from the font's OpenType tables.
 * Results are kept per font, direction and text, since a brief repeats its words and layout measures a word
 * before it is drawn. Thread-safe.
 */
final class Shaper {
    /** Unhinted, with fractional advances: the outlines' own design metrics. */
    private static final FontRenderContext DESIGN = new FontRenderContext(null, false, true);
    /** Beyond this many runs the cache starts again: a bound on memory for a long catalogue. */
    private static final int CACHE_LIMIT = 50_000;

    private static final Map<Key, Shaped> CACHE = new ConcurrentHashMap<>();

    private Shaper() {}

    /** The glyphs of {@code text} in {@code typeface}, in visual order (left to right on the page). */
    static Shaped shape(Typeface typeface, String text, boolean rightToLeft) {
        Key key = new Key(typeface, rightToLeft, text);
        Shaped known = CACHE.get(key);
        if (known != null) {
            return known;
        }
        if (CACHE.size() > CACHE_LIMIT) {
            CACHE.clear();
        }
        Shaped shaped = layOut(typeface, text, rightToLeft);
        CACHE.put(key, shaped);
        return shaped;
    }

    private static Shaped layOut(Typeface typeface, String text, boolean rightToLeft) {
        char[] characters = text.toCharArray();
        int flags = rightToLeft ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT;
        GlyphVector vector = typeface.shapingFont().layoutGlyphVector(DESIGN, characters, 0, characters.length, flags);
        int count = vector.getNumGlyphs();
        int[] glyphs = vector.getGlyphCodes(0, count, null);
        int[] clusters = vector.getGlyphCharIndices(0, count, null);
        float[] positions = vector.getGlyphPositions(0, count + 1, null);
        // The JDK marks glyphs that show nothing (default ignorables the font lacks) with ids from 0xFFFE.
        int kept = 0;
        for (int g = 0; g < count; g++) {
            if (glyphs[g] < 0xFFFE) {
                kept++;
            }
        }
        int[] keptGlyphs = new int[kept];
        int[] keptClusters = new int[kept];
        float[] x = new float[kept];
        float[] y = new float[kept];
        int k = 0;
        for (int g = 0; g < count; g++) {
            if (glyphs[g] < 0xFFFE) {
                keptGlyphs[k] = glyphs[g];
                keptClusters[k] = clusters[g];
                x[k] = positions[2 * g];
                // The JDK's y grows downwards, PDF's upwards.
                y[k] = -positions[2 * g + 1];
                k++;
            }
        }
        return new Shaped(keptGlyphs, x, y, keptClusters, positions[2 * count]);
    }

    /**
     * Shaped text in thousandths of an em.
     *
     * @param glyphs glyph ids of the font file, in visual order
     * @param x each glyph's origin from the run's left edge
     * @param y each glyph's rise above the baseline (marks)
     * @param characters the index in the text of the first character each glyph shows
     * @param advance the run's width
     */
    record Shaped(int[] glyphs, float[] x, float[] y, int[] characters, float advance) {}

    private record Key(Typeface typeface, boolean rightToLeft, String text) {}
}
