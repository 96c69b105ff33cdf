package dev.brief.pdf.fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * A face's TrueType program, parsed once per process and shared by every document that embeds the face:
 * the glyph of each character, the advance of each glyph, and the subsets that documents cut from it. Only
 * {@link SubsetFont}s of this package use it, and they only read it; cutting a subset holds the program's
 * lock, because FontBox promises nothing about reading one parsed font from several threads at once.
 */
final class FontProgram {
    private static final int BMP = 0x10000;
    /** The tables a PDF embedding needs (ISO 32000-1 9.9); PDFBox keeps the same ones. */
    private static final List<String> SUBSET_TABLES =
            List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp");
    /** Shown as nothing: the subset gives their glyphs no outline and no width, as PDFBox's does. */
    private static final int[] INVISIBLE = {0x200B, 0x200C, 0x2060, 0xFEFF};

    private final TrueTypeFont font;
    private final CmapLookup cmap;
    /** Glyph id of each BMP character, 0 where the font has none (glyph ids fit 16 bits). */
    private final char[] bmpGlyphs = new char[BMP];

    private final HorizontalMetricsTable horizontalMetrics;
    private final int unitsPerEm;
    private final int glyphCount;
    private final int lastFullMetric;
    private final int[] invisibleGlyphs;
    private final DescriptorValues descriptor;

    private FontProgram(TrueTypeFont font) throws IOException {
        this.font = font;
        this.cmap = font.getUnicodeCmapLookup();
        for (int codePoint = 0; codePoint < BMP; codePoint++) {
            bmpGlyphs[codePoint] = (char) cmap.getGlyphId(codePoint);
        }
        this.horizontalMetrics = font.getHorizontalMetrics();
        this.unitsPerEm = font.getUnitsPerEm();
        this.glyphCount = font.getNumberOfGlyphs();
        this.lastFullMetric = font.getHorizontalHeader().getNumberOfHMetrics() - 1;
        this.invisibleGlyphs = Arrays.stream(INVISIBLE)
                .map(this::glyphId)
                .filter(glyph -> glyph != 0)
                .toArray();
        checkPermissions(font);
        this.descriptor = DescriptorValues.of(font);
    }

    /** Parses a TrueType file; fails if the font is unreadable or its licence forbids embedding a subset. */
    static FontProgram parse(byte[] file) throws IOException {
        return new FontProgram(new TTFParser().parse(new RandomAccessReadBuffer(file)));
    }

    /** The glyph id of a character, 0 (the missing glyph) when the font has none. */
    int glyphId(int codePoint) {
        if (codePoint >= 0 && codePoint < BMP) {
            return bmpGlyphs[codePoint];
        }
        return cmap.getGlyphId(codePoint);
    }

    /** The lowest character the font maps to a glyph, or -1: for glyphs only reached through others. */
    int firstCharacter(int glyphId) {
        List<Integer> codes = cmap.getCharCodes(glyphId);
        return codes == null ? -1 : codes.get(0);
    }

    int glyphCount() {
        return glyphCount;
    }

    int unitsPerEm() {
        return unitsPerEm;
    }

    DescriptorValues descriptor() {
        return descriptor;
    }

    /**
     * The advance of an original glyph in the subset's own metrics, which is what a viewer checks the
     * widths array against: the characters in {@link #INVISIBLE} have none there, and glyphs past the
     * font's last full metric take the advance of the subset's last full metric. That is the original
     * font's last full metric, emptied only if that glyph is in the subset and is one of the invisible ones.
     */
    int subsetAdvance(int glyphId, Subset subset) {
        int measured = Math.min(glyphId, lastFullMetric);
        boolean emptied = isInvisible(measured)
                && (glyphId <= lastFullMetric || Arrays.binarySearch(subset.originalGlyphs(), measured) >= 0);
        return emptied ? 0 : horizontalMetrics.getAdvanceWidth(measured);
    }

    /** The advance of an original glyph as the subset's widths give it, in font units. */
    int advance(int glyphId) {
        int measured = Math.min(glyphId, lastFullMetric);
        return isInvisible(measured) ? 0 : horizontalMetrics.getAdvanceWidth(measured);
    }

    private boolean isInvisible(int glyphId) {
        for (int invisible : invisibleGlyphs) {
            if (invisible == glyphId) {
                return true;
            }
        }
        return false;
    }

    /**
     * Cuts the subset of the given original glyphs (glyph 0 and the components of composite glyphs are
     * added): the TrueType file with the PostScript name prefixed by the subset's tag, and the original glyph
     * of each subset glyph in subset order.
     */
    synchronized Subset subset(SortedSet<Integer> glyphs) throws IOException {
        TTFSubsetter subsetter = new TTFSubsetter(font, SUBSET_TABLES);
        for (int codePoint : INVISIBLE) {
            subsetter.forceInvisible(codePoint);
        }
        subsetter.addGlyphIds(glyphs);
        Map<Integer, Integer> newToOld = subsetter.getGIDMap();
        String tag = Subset.tag(newToOld);
        subsetter.setPrefix(tag);
        ByteArrayOutputStream file = new ByteArrayOutputStream(16384);
        subsetter.writeToStream(file);
        int[] originals = new int[newToOld.size()];
        newToOld.forEach((newGlyph, oldGlyph) -> originals[newGlyph] = oldGlyph);
        return new Subset(tag, file.toByteArray(), originals);
    }

    /** PDFBox refuses the same fonts: restricted-licence or bitmap-only embedding, or no subsetting. */
    private static void checkPermissions(TrueTypeFont font) throws IOException {
        OS2WindowsMetricsTable os2 = font.getOS2Windows();
        if (os2 == null) {
            return;
        }
        int fsType = os2.getFsType();
        if ((fsType & 0x000F) == OS2WindowsMetricsTable.FSTYPE_RESTRICTED
                || (fsType & OS2WindowsMetricsTable.FSTYPE_BITMAP_ONLY) != 0) {
            throw new IOException("the font's licence does not permit embedding");
        }
        if ((fsType & OS2WindowsMetricsTable.FSTYPE_NO_SUBSETTING) != 0) {
            throw new IOException("the font's licence does not permit subsetting");
        }
    }
}
