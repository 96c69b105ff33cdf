package dev.brief.pdf.fonts;

import dev.brief.core.house.BundledFonts;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Font files for tests, made from the open-licensed fonts bundled in brief-core: copies in folders, a
 * font collection of two of them, and a font headed as CFF-outlined OpenType.
 */
final class FontFixtures {
    private FontFixtures() {}

    static Path copy(String bundledName, Path folder) throws IOException {
        Files.createDirectories(folder);
        return Files.write(folder.resolve(bundledName), BundledFonts.read(bundledName));
    }

    /**
     * A font collection ("Font collections" in OpenType) of these fonts: the header, each member's table
     * directory, then the members' tables, with the directories' offsets counted from the start of the file.
     */
    static byte[] collection(byte[]... fonts) {
        int headerSize = 12 + 4 * fonts.length;
        int[] directoryStarts = new int[fonts.length];
        int size = headerSize;
        for (int i = 0; i < fonts.length; i++) {
            directoryStarts[i] = size;
            size += 12 + 16 * tableCount(fonts[i]);
        }
        int dataStart = size;
        for (byte[] font : fonts) {
            size += font.length;
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        out.putInt(0x74746366).putInt(0x00010000).putInt(fonts.length);
        for (int start : directoryStarts) {
            out.putInt(start);
        }
        int data = dataStart;
        for (int i = 0; i < fonts.length; i++) {
            ByteBuffer font = ByteBuffer.wrap(fonts[i]);
            int tables = tableCount(fonts[i]);
            out.put(directoryStarts[i], fonts[i], 0, 12);
            for (int t = 0; t < tables; t++) {
                int entry = 12 + 16 * t;
                int at = directoryStarts[i] + entry;
                out.put(at, fonts[i], entry, 8);
                out.putInt(at + 8, font.getInt(entry + 8) + data);
                out.putInt(at + 12, font.getInt(entry + 12));
            }
            out.put(data, fonts[i]);
            data += fonts[i].length;
        }
        return out.array();
    }

    /**
     * The font's names, metrics and character map headed 'OTTO' with a stand-in CFF table instead of its
     * TrueType outlines: what a scan sees of a CFF-outlined OpenType font.
     */
    static byte[] headedAsCff(byte[] trueType) {
        ByteBuffer font = ByteBuffer.wrap(trueType);
        SortedMap<String, byte[]> tables = new TreeMap<>();
        for (int t = 0; t < tableCount(trueType); t++) {
            int entry = 12 + 16 * t;
            String tag = new String(trueType, entry, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (!tag.equals("glyf") && !tag.equals("loca")) {
                byte[] bytes = new byte[font.getInt(entry + 12)];
                font.get(font.getInt(entry + 8), bytes);
                tables.put(tag, bytes);
            }
        }
        tables.put("CFF ", new byte[] {1, 0, 4, 1});
        return SfntWriter.write(TableDirectory.OPENTYPE_CFF, tables);
    }

    /** A font that is found but never read: only its names and coverage matter to a test. */
    static InstalledFont font(
            String family, int weight, boolean italic, InstalledFont.Design design, String characters) {
        return font(family, weight, italic, design, InstalledFont.Outlines.TRUETYPE, characters);
    }

    static InstalledFont font(
            String family,
            int weight,
            boolean italic,
            InstalledFont.Design design,
            InstalledFont.Outlines outlines,
            String characters) {
        String file = family.replace(" ", "") + "-" + weight + (italic ? "-Italic" : "") + ".ttf";
        BitSet covered = new BitSet();
        characters.codePoints().forEach(covered::set);
        return new InstalledFont(
                family, file, weight, italic, 5, design, outlines, Path.of("/fonts", file), -1, Coverage.of(covered));
    }

    private static int tableCount(byte[] font) {
        return ByteBuffer.wrap(font).getShort(4) & 0xFFFF;
    }
}
