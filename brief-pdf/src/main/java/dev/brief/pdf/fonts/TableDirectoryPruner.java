package dev.brief.pdf.fonts;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * Removes from a TrueType file's table directory the tables that FontBox parses eagerly but the
 * engine never uses, so that parsing the font (for its metrics and for its program) costs less and
 * the parsed font holds less. The biggest is GSUB:
 * FontBox extracts every substitution into maps while parsing, although glyphs stay one per
 * character here (ligatures would make drawn widths differ from measured ones). Kerning and
 * vertical metrics are not used either (words are positioned one by one, lines are horizontal),
 * and a digital signature no longer matches a changed file.
 *
 * <p>Only directory entries go: the table data stays where it was and the kept entries keep their
 * offsets, so the kept tables (and therefore the embedded subsets PDFBox builds from them) are
 * byte for byte what they were. Anything that is not a plain sfnt file is returned unchanged for
 * the parser to judge.
 */
final class TableDirectoryPruner {
    /** Tables FontBox parses into objects that neither metrics nor embedding read. */
    static final Set<String> UNUSED = Set.of("GSUB", "kern", "vhea", "vmtx", "VORG", "DSIG");

    private static final int HEADER = 12;
    private static final int ENTRY = 16;
    private static final int TRUETYPE = 0x00010000;
    private static final int APPLE_TRUETYPE = 0x74727565; // 'true'

    private TableDirectoryPruner() {}

    /** A copy of {@code font} without the unused tables' directory entries; the input is not changed. */
    static byte[] prune(byte[] font) {
        if (font.length < HEADER) {
            return font;
        }
        ByteBuffer in = ByteBuffer.wrap(font);
        int version = in.getInt(0);
        int tables = in.getShort(4) & 0xFFFF;
        if ((version != TRUETYPE && version != APPLE_TRUETYPE) || HEADER + tables * ENTRY > font.length) {
            return font;
        }
        byte[] pruned = Arrays.copyOf(font, font.length);
        int kept = 0;
        for (int i = 0; i < tables; i++) {
            int entry = HEADER + i * ENTRY;
            String tag = new String(font, entry, 4, StandardCharsets.ISO_8859_1);
            if (!UNUSED.contains(tag)) {
                // Entries stay in their (tag-sorted) order, moved up over the removed ones.
                System.arraycopy(font, entry, pruned, HEADER + kept * ENTRY, ENTRY);
                kept++;
            }
        }
        if (kept == tables) {
            return font;
        }
        Arrays.fill(pruned, HEADER + kept * ENTRY, HEADER + tables * ENTRY, (byte) 0);
        writeCounts(ByteBuffer.wrap(pruned), kept);
        return pruned;
    }

    /** numTables and the binary-search fields derived from it (OpenType, table directory). */
    private static void writeCounts(ByteBuffer out, int tables) {
        int entrySelector = tables == 0 ? 0 : 31 - Integer.numberOfLeadingZeros(tables);
        int searchRange = (1 << entrySelector) * ENTRY;
        out.putShort(4, (short) tables);
        out.putShort(6, (short) searchRange);
        out.putShort(8, (short) entrySelector);
        out.putShort(10, (short) (tables * ENTRY - searchRange));
    }
}
