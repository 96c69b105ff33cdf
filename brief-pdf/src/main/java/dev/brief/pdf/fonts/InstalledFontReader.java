package dev.brief.pdf.fonts;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.NameRecord;
import org.apache.fontbox.ttf.NamingTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Reads what choosing a font needs (names, weight, slope, design, character map) from a font file,
 * without reading its outlines: for each font in the file, only the few small tables FontBox needs for
 * names and the character map are copied into a font of their own, which FontBox then parses. A CJK
 * font of 20 MB costs a few hundred kilobytes this way, and FontBox never meets the tables it would
 * parse eagerly and warn about (GSUB, glyf, CFF).
 */
final class InstalledFontReader {
    /**
     * What FontBox needs to parse names and the character map: hmtx is mandatory for it, and head, hhea
     * and maxp size hmtx. Headed 'OTTO' and without outlines, the copy asks FontBox for no loca or glyf.
     */
    private static final Set<String> NEEDED = Set.of("head", "hhea", "maxp", "hmtx", "cmap", "name", "OS/2");

    private static final int UNICODE_VARIATION_SEQUENCES = 5;
    private static final int FS_SELECTION_ITALIC = 1;
    private static final int FS_SELECTION_OBLIQUE = 1 << 9;
    private static final int MAC_STYLE_BOLD = 1;
    private static final int MAC_STYLE_ITALIC = 2;
    private static final int TYPOGRAPHIC_FAMILY = 16;
    private static final int NORMAL_WIDTH = 5;

    private InstalledFontReader() {}

    /**
     * The fonts in a file, in collection order; a member that cannot be read is left out, and a file that is
     * no sfnt font gives none.
     */
    static List<InstalledFont> read(Path path) throws IOException {
        List<InstalledFont> fonts = new ArrayList<>();
        try (FileChannel file = FileChannel.open(path, StandardOpenOption.READ)) {
            if (file.size() < 12) {
                return fonts;
            }
            long[] offsets = TableDirectory.fontOffsets(file);
            boolean collection = offsets.length > 0 && TableDirectory.isCollection(file);
            Map<TableDirectory.Table, Coverage> sharedMaps = new HashMap<>();
            for (int i = 0; i < offsets.length; i++) {
                try {
                    fonts.add(read(path, collection ? i : -1, file, TableDirectory.read(file, offsets[i]), sharedMaps));
                } catch (IOException | RuntimeException unreadable) {
                    // A damaged or unusual member is not a font to choose; the others still are.
                }
            }
        }
        return fonts;
    }

    /**
     * One font of the file. Members of a collection often share one character map (the same bytes), which
     * is then read once: {@code sharedMaps} holds the coverage of each map read so far. A CFF-outlined font
     * is never embedded, so its character map (the costliest table to read: 30 Noto CJK members hold 45,000
     * characters each) is read only if someone asks what it covers.
     */
    private static InstalledFont read(
            Path path,
            int index,
            FileChannel file,
            TableDirectory directory,
            Map<TableDirectory.Table, Coverage> sharedMaps)
            throws IOException {
        TableDirectory.Table cmap = directory.table("cmap");
        boolean cff = directory.cffOutlines();
        Coverage known = cmap == null ? null : sharedMaps.get(cmap);
        if (cff && known == null) {
            known = Coverage.later(() -> coverage(path, Math.max(index, 0)));
        }
        try (TrueTypeFont font = parse(file, directory, known == null)) {
            NamingTable naming = font.getNaming();
            OS2WindowsMetricsTable os2 = font.getOS2Windows();
            int macStyle = font.getHeader().getMacStyle();
            String family = family(naming, path);
            String postScriptName = naming == null || naming.getPostScriptName() == null
                    ? String.valueOf(path.getFileName())
                    : naming.getPostScriptName();
            int weight = os2 != null && os2.getWeightClass() > 0
                    ? os2.getWeightClass()
                    : (macStyle & MAC_STYLE_BOLD) != 0 ? 700 : 400;
            boolean italic = (macStyle & MAC_STYLE_ITALIC) != 0
                    || os2 != null && (os2.getFsSelection() & (FS_SELECTION_ITALIC | FS_SELECTION_OBLIQUE)) != 0;
            int width = os2 != null && os2.getWidthClass() > 0 ? os2.getWidthClass() : NORMAL_WIDTH;
            Coverage coverage = known != null ? known : coverage(font);
            if (cmap != null) {
                sharedMaps.put(cmap, coverage);
            }
            return new InstalledFont(
                    family,
                    postScriptName,
                    weight,
                    italic,
                    width,
                    DesignGuess.of(family, os2),
                    cff ? InstalledFont.Outlines.CFF : InstalledFont.Outlines.TRUETYPE,
                    path,
                    index,
                    coverage);
        }
    }

    /** The characters font {@code member} of the file maps, read on their own. */
    private static BitSet coverage(Path path, int member) {
        try (FileChannel file = FileChannel.open(path, StandardOpenOption.READ)) {
            TableDirectory directory = TableDirectory.read(file, TableDirectory.fontOffsets(file)[member]);
            try (TrueTypeFont font = parse(file, directory, true)) {
                return codePoints(font);
            }
        } catch (IOException | RuntimeException unreadable) {
            return new BitSet();
        }
    }

    /** The needed tables, copied into a font of their own and parsed by FontBox. */
    private static TrueTypeFont parse(FileChannel file, TableDirectory directory, boolean withCharacterMap)
            throws IOException {
        SortedMap<String, byte[]> tables = new TreeMap<>();
        for (TableDirectory.Table table : directory.tables()) {
            boolean characterMap = table.tag().equals("cmap");
            if (NEEDED.contains(table.tag()) && (withCharacterMap || !characterMap)) {
                byte[] bytes = TableDirectory.bytes(file, table);
                tables.put(table.tag(), characterMap ? withoutVariationSequences(bytes) : bytes);
            }
        }
        return new OTFParser(true)
                .parse(new RandomAccessReadBuffer(SfntWriter.write(TableDirectory.OPENTYPE_CFF, tables)));
    }

    /** The typographic family (name 16) where the font has one, so that its weights share a family. */
    private static String family(NamingTable naming, Path path) {
        if (naming == null) {
            return String.valueOf(path.getFileName());
        }
        String typographic = naming.getName(
                TYPOGRAPHIC_FAMILY,
                NameRecord.PLATFORM_WINDOWS,
                NameRecord.ENCODING_WINDOWS_UNICODE_BMP,
                NameRecord.LANGUAGE_WINDOWS_EN_US);
        if (typographic == null) {
            typographic = naming.getName(
                    TYPOGRAPHIC_FAMILY,
                    NameRecord.PLATFORM_MACINTOSH,
                    NameRecord.ENCODING_MACINTOSH_ROMAN,
                    NameRecord.LANGUAGE_MACINTOSH_ENGLISH);
        }
        String family = typographic != null ? typographic : naming.getFontFamily();
        return family == null || family.isBlank() ? String.valueOf(path.getFileName()) : family.strip();
    }

    private static Coverage coverage(TrueTypeFont font) throws IOException {
        return Coverage.of(codePoints(font));
    }

    private static BitSet codePoints(TrueTypeFont font) throws IOException {
        BitSet codePoints = new BitSet();
        CmapLookup lookup = font.getCmap() == null ? null : font.getUnicodeCmapLookup(false);
        if (lookup != null) {
            for (int glyph = 1; glyph < font.getNumberOfGlyphs(); glyph++) {
                List<Integer> codes = lookup.getCharCodes(glyph);
                if (codes != null) {
                    for (int code : codes) {
                        codePoints.set(code);
                    }
                }
            }
        }
        return codePoints;
    }

    /**
     * The cmap without its Unicode variation sequence subtables (format 14), which FontBox cannot read
     * and would warn about; the encoding records that stay keep their offsets, so nothing else moves.
     */
    static byte[] withoutVariationSequences(byte[] cmap) {
        if (cmap.length < 4) {
            return cmap;
        }
        ByteBuffer in = ByteBuffer.wrap(cmap);
        int records = in.getShort(2) & 0xFFFF;
        if (4 + records * 8 > cmap.length) {
            return cmap;
        }
        byte[] out = cmap.clone();
        int kept = 0;
        for (int i = 0; i < records; i++) {
            int record = 4 + i * 8;
            boolean variations = in.getShort(record) == 0 && in.getShort(record + 2) == UNICODE_VARIATION_SEQUENCES;
            if (!variations) {
                System.arraycopy(cmap, record, out, 4 + kept * 8, 8);
                kept++;
            }
        }
        ByteBuffer.wrap(out).putShort(2, (short) kept);
        return out;
    }
}
