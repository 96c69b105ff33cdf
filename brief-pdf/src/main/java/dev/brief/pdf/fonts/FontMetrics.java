package dev.brief.pdf.fonts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Widths and vertical metrics of one face, independent of any PDF document and safe to share
 * between threads. Widths are in thousandths of an em, rounded exactly as PDFBox rounds the
 * {@code /W} array of an embedded subset, so what layout measures is what a viewer draws. PDFBox
 * draws one glyph per character (no kerning; ligatures are switched off where fonts are loaded),
 * so the width of a string is the sum of its characters' advances.
 */
public final class FontMetrics {
    private static final int BMP = 0x10000;

    private final String fontName;
    /** Advance of each BMP character; NaN where the font has no glyph. */
    private final float[] advances;

    private final Map<Integer, Float> supplementary = new ConcurrentHashMap<>();
    private final TrueTypeFont supplementaryFont;
    private final CmapLookup supplementaryCmap;
    private final float notdefAdvance;
    private final float ascent;
    private final float descent;
    private final float lineGap;
    private final float capHeight;
    private final float xHeight;

    private FontMetrics(byte[] fontFile, String fileName) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(fontFile));
        CmapLookup cmap = font.getUnicodeCmapLookup(false);
        if (cmap == null) {
            throw new IOException("font " + fileName + " has no Unicode character map");
        }
        float scale = 1000f / font.getUnitsPerEm();
        String name = font.getName();
        this.fontName = name == null ? fileName : name;
        this.advances = new float[BMP];
        for (int codePoint = 0; codePoint < BMP; codePoint++) {
            int glyph = cmap.getGlyphId(codePoint);
            advances[codePoint] = glyph == 0 ? Float.NaN : Math.round(font.getAdvanceWidth(glyph) * scale);
        }
        this.notdefAdvance = Math.round(font.getAdvanceWidth(0) * scale);
        this.ascent = font.getHorizontalHeader().getAscender() * scale;
        this.descent = font.getHorizontalHeader().getDescender() * scale;
        this.lineGap = font.getHorizontalHeader().getLineGap() * scale;
        OS2WindowsMetricsTable os2 = font.getOS2Windows();
        boolean hasHeights = os2 != null && os2.getVersion() >= 2;
        this.capHeight = hasHeights ? os2.getCapHeight() * scale : ascent * 0.7f;
        this.xHeight = hasHeights ? os2.getHeight() * scale : ascent * 0.5f;
        this.supplementaryFont = font;
        this.supplementaryCmap = cmap;
    }

    static FontMetrics read(byte[] fontFile, String fileName) {
        try {
            return new FontMetrics(fontFile, fileName);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + fileName, e);
        }
    }

    /** The PostScript name of the font, for messages. */
    public String fontName() {
        return fontName;
    }

    /** Whether the font has a glyph for this character. */
    public boolean covers(int codePoint) {
        return !Float.isNaN(advance(codePoint));
    }

    /** The advance of one character in thousandths of an em, NaN if not covered. */
    public float advance(int codePoint) {
        if (codePoint >= 0 && codePoint < BMP) {
            return advances[codePoint];
        }
        return supplementary.computeIfAbsent(codePoint, this::readSupplementary);
    }

    /**
     * The width in points of {@code text} at {@code size}; characters not drawn (see {@link
     * #isNotDrawn}) count zero, uncovered characters the width of the missing-glyph box.
     */
    public float width(CharSequence text, float size) {
        return width(text, 0, text.length(), size);
    }

    /** The width in points of {@code text[start, end)} at {@code size}. */
    public float width(CharSequence text, int start, int end, float size) {
        float total = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            int codePoint = c;
            if (Character.isHighSurrogate(c) && i + 1 < end) {
                codePoint = Character.toCodePoint(c, text.charAt(++i));
            }
            total += drawnAdvance(codePoint);
        }
        return total * size / 1000f;
    }

    /** The width in points of one character at {@code size}. */
    public float width(int codePoint, float size) {
        return drawnAdvance(codePoint) * size / 1000f;
    }

    private float drawnAdvance(int codePoint) {
        if (isNotDrawn(codePoint)) {
            return 0;
        }
        float advance = advance(codePoint);
        return Float.isNaN(advance) ? notdefAdvance : advance;
    }

    /** Height above the baseline, in points at {@code size}. */
    public float ascent(float size) {
        return ascent * size / 1000f;
    }

    /** Depth below the baseline as a negative number, in points at {@code size}. */
    public float descent(float size) {
        return descent * size / 1000f;
    }

    /** The font's recommended gap between lines, in points at {@code size}. */
    public float lineGap(float size) {
        return lineGap * size / 1000f;
    }

    public float capHeight(float size) {
        return capHeight * size / 1000f;
    }

    public float xHeight(float size) {
        return xHeight * size / 1000f;
    }

    /**
     * Characters that take part in line breaking but are never shown: line feeds and other
     * controls, the soft hyphen, zero-width spaces and joiners, the byte order mark.
     */
    public static boolean isNotDrawn(int codePoint) {
        if (codePoint >= 0x20 && codePoint < 0x7F) {
            return false; // printable ASCII, most of any text: no table look-up
        }
        return Character.getType(codePoint) == Character.CONTROL
                || codePoint == 0x00AD
                || (codePoint >= 0x200B && codePoint <= 0x200D)
                || codePoint == 0x2060
                || codePoint == 0xFEFF;
    }

    private float readSupplementary(int codePoint) {
        synchronized (supplementaryFont) {
            try {
                int glyph = supplementaryCmap.getGlyphId(codePoint);
                return glyph == 0
                        ? Float.NaN
                        : Math.round(
                                supplementaryFont.getAdvanceWidth(glyph) * 1000f / supplementaryFont.getUnitsPerEm());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public String toString() {
        return "FontMetrics[" + fontName + "]";
    }
}
