package dev.brief.pdf.fonts;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.CmapSubtable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Leaves in a TrueType file's character map only the subtable PDFBox reads characters through.
 * FontBox builds lookup maps for every subtable while parsing, and a font usually carries the same
 * mapping several times (Unicode and Windows platforms, BMP and full repertoire), although
 * measuring, embedding and subsetting only ever use the one Unicode subtable PDFBox prefers.
 * PDFBox itself is asked which one that is, so the choice stays PDFBox's in any version.
 *
 * <p>Only the cmap's encoding records change: the subtables stay where they were, so the kept one
 * maps exactly as before. The subset PDFBox embeds has a character map of its own, built from
 * that mapping. A file PDFBox cannot read is returned unchanged for the caller's parser to report.
 */
final class CmapPruner {
    private static final int HEADER = 12;
    private static final int ENTRY = 16;
    private static final int RECORD = 8;

    private CmapPruner() {}

    /** A copy of {@code font} whose cmap lists only PDFBox's Unicode subtable; the input is not changed. */
    static byte[] prune(byte[] font) {
        CmapSubtable chosen;
        try (TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            chosen = chosenSubtable(parsed);
        } catch (IOException | RuntimeException unreadable) {
            return font;
        }
        if (chosen == null) {
            return font;
        }
        int cmap = cmapOffset(font);
        if (cmap < 0) {
            return font;
        }
        return keepOnly(font, cmap, chosen.getPlatformId(), chosen.getPlatformEncodingId());
    }

    /** The subtable behind PDFBox's Unicode lookup, or null if it is not a plain subtable. */
    private static CmapSubtable chosenSubtable(TrueTypeFont font) throws IOException {
        if (font.getCmap() == null) {
            return null;
        }
        CmapLookup lookup = font.getUnicodeCmapLookup(false);
        for (CmapSubtable subtable : font.getCmap().getCmaps()) {
            if (subtable == lookup) {
                return subtable;
            }
        }
        return null;
    }

    private static int cmapOffset(byte[] font) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int tables = in.getShort(4) & 0xFFFF;
        for (int i = 0; i < tables && HEADER + (i + 1) * ENTRY <= font.length; i++) {
            int entry = HEADER + i * ENTRY;
            if ("cmap".equals(new String(font, entry, 4, StandardCharsets.ISO_8859_1))) {
                long offset = in.getInt(entry + 8) & 0xFFFFFFFFL;
                return offset + 4 <= font.length ? (int) offset : -1;
            }
        }
        return -1;
    }

    private static byte[] keepOnly(byte[] font, int cmap, int platformId, int encodingId) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int records = in.getShort(cmap + 2) & 0xFFFF;
        if (cmap + 4 + records * RECORD > font.length) {
            return font;
        }
        for (int i = 0; i < records; i++) {
            int record = cmap + 4 + i * RECORD;
            if ((in.getShort(record) & 0xFFFF) == platformId && (in.getShort(record + 2) & 0xFFFF) == encodingId) {
                byte[] pruned = Arrays.copyOf(font, font.length);
                System.arraycopy(font, record, pruned, cmap + 4, RECORD);
                Arrays.fill(pruned, cmap + 4 + RECORD, cmap + 4 + records * RECORD, (byte) 0);
                ByteBuffer.wrap(pruned).putShort(cmap + 2, (short) 1);
                return pruned;
            }
        }
        return font;
    }
}
