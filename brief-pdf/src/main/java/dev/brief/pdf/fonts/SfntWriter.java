package dev.brief.pdf.fonts;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SortedMap;

/**
 * Writes tables as one standalone sfnt file (OpenType, "Table directory"): the directory with its
 * binary-search fields, each table at a four-byte boundary, each table's checksum, and the {@code head}
 * table's {@code checksumAdjustment} for the whole file. The tables' contents are copied unchanged apart
 * from that one field.
 */
final class SfntWriter {
    private static final int HEADER = 12;
    private static final int ENTRY = 16;
    /** OpenType, "head": checksumAdjustment is 0xB1B0AFBA minus the checksum of the whole font. */
    private static final long CHECKSUM_MAGIC = 0xB1B0AFBAL;

    private static final int CHECKSUM_ADJUSTMENT = 8;

    private SfntWriter() {}

    /** A font file of these tables, in tag order, under this sfnt version. */
    static byte[] write(int version, SortedMap<String, byte[]> tables) {
        int count = tables.size();
        int size = HEADER + count * ENTRY;
        for (byte[] table : tables.values()) {
            size += padded(table.length);
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        int entrySelector = count == 0 ? 0 : 31 - Integer.numberOfLeadingZeros(count);
        int searchRange = (1 << entrySelector) * ENTRY;
        out.putInt(version)
                .putShort((short) count)
                .putShort((short) searchRange)
                .putShort((short) entrySelector)
                .putShort((short) (count * ENTRY - searchRange));
        int offset = HEADER + count * ENTRY;
        int headOffset = -1;
        for (Map.Entry<String, byte[]> entry : tables.entrySet()) {
            byte[] table = entry.getValue();
            if (entry.getKey().equals("head") && table.length >= CHECKSUM_ADJUSTMENT + 4) {
                table = table.clone();
                ByteBuffer.wrap(table).putInt(CHECKSUM_ADJUSTMENT, 0);
                headOffset = offset;
            }
            out.put(entry.getKey().getBytes(StandardCharsets.ISO_8859_1))
                    .putInt((int) checksum(table, 0, table.length))
                    .putInt(offset)
                    .putInt(table.length);
            out.put(offset, table);
            offset += padded(table.length);
        }
        byte[] font = out.array();
        if (headOffset >= 0) {
            long adjustment = (CHECKSUM_MAGIC - checksum(font, 0, font.length)) & 0xFFFFFFFFL;
            ByteBuffer.wrap(font).putInt(headOffset + CHECKSUM_ADJUSTMENT, (int) adjustment);
        }
        return font;
    }

    /** The sum of the big-endian 32-bit words of the bytes, the last one padded with zeros. */
    static long checksum(byte[] bytes, int from, int length) {
        long sum = 0;
        for (int i = 0; i < length; i += 4) {
            long word = 0;
            for (int b = 0; b < 4; b++) {
                word = (word << 8) | (i + b < length ? bytes[from + i + b] & 0xFF : 0);
            }
            sum += word;
        }
        return sum & 0xFFFFFFFFL;
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
    }
}
