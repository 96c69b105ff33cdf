package dev.brief.pdf.fonts;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The table directory of one font in an sfnt file (OpenType, "Table directory"), or of one member of
 * a font collection ("Font collections": a {@code ttcf} header listing where each member's directory
 * starts; the members' table offsets count from the start of the file). Reading it costs a few hundred
 * bytes, so a font can be judged, and its few needed tables read, without reading the whole file.
 */
record TableDirectory(int version, List<Table> tables) {
    static final int TRUETYPE = 0x00010000;
    static final int APPLE_TRUETYPE = 0x74727565; // 'true'
    static final int OPENTYPE_CFF = 0x4F54544F; // 'OTTO'
    private static final int COLLECTION = 0x74746366; // 'ttcf'
    private static final int MAX_MEMBERS = 1024;
    private static final int MAX_TABLES = 256;

    /** One table: its four-letter tag and where its bytes are in the file. */
    record Table(String tag, long offset, long length) {}

    TableDirectory {
        tables = List.copyOf(tables);
    }

    /**
     * Where each font's directory starts: one offset per member of a collection, or {@code [0]} for a
     * single font. Empty for a file that is no sfnt font at all.
     */
    static long[] fontOffsets(FileChannel file) throws IOException {
        ByteBuffer header = read(file, 0, 12);
        int tag = header.getInt(0);
        if (tag == TRUETYPE || tag == APPLE_TRUETYPE || tag == OPENTYPE_CFF) {
            return new long[] {0};
        }
        if (tag != COLLECTION) {
            return new long[0];
        }
        int members = header.getInt(8);
        if (members <= 0 || members > MAX_MEMBERS) {
            throw new IOException("a font collection of " + Integer.toUnsignedString(members) + " fonts");
        }
        ByteBuffer offsets = read(file, 12, members * 4);
        long[] starts = new long[members];
        for (int i = 0; i < members; i++) {
            starts[i] = Integer.toUnsignedLong(offsets.getInt(i * 4));
        }
        return starts;
    }

    /** True for a font collection (a {@code ttcf} header), even one of a single member. */
    static boolean isCollection(FileChannel file) throws IOException {
        return read(file, 0, 4).getInt(0) == COLLECTION;
    }

    /** The directory that starts at {@code offset}; tables that run past the end of the file are an error. */
    static TableDirectory read(FileChannel file, long offset) throws IOException {
        ByteBuffer header = read(file, offset, 12);
        int version = header.getInt(0);
        int count = header.getShort(4) & 0xFFFF;
        if (count > MAX_TABLES) {
            throw new IOException("a font directory of " + count + " tables");
        }
        ByteBuffer records = read(file, offset + 12, count * 16);
        List<Table> tables = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte[] tag = new byte[4];
            records.get(i * 16, tag);
            long tableOffset = Integer.toUnsignedLong(records.getInt(i * 16 + 8));
            long length = Integer.toUnsignedLong(records.getInt(i * 16 + 12));
            if (tableOffset + length > file.size()) {
                throw new IOException("table " + new String(tag, StandardCharsets.ISO_8859_1) + " runs past the file");
            }
            tables.add(new Table(new String(tag, StandardCharsets.ISO_8859_1), tableOffset, length));
        }
        return new TableDirectory(version, tables);
    }

    /** The table with this tag, or null. */
    Table table(String tag) {
        for (Table table : tables) {
            if (table.tag().equals(tag)) {
                return table;
            }
        }
        return null;
    }

    /** True when the glyphs are PostScript (CFF or CFF2) outlines rather than TrueType ({@code glyf}) ones. */
    boolean cffOutlines() {
        return version == OPENTYPE_CFF || table("CFF ") != null || table("CFF2") != null;
    }

    /** The bytes of a table. */
    static byte[] bytes(FileChannel file, Table table) throws IOException {
        return read(file, table.offset(), Math.toIntExact(table.length())).array();
    }

    private static ByteBuffer read(FileChannel file, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (file.read(buffer, position + buffer.position()) < 0) {
                throw new EOFException("font file ends inside a table");
            }
        }
        return buffer.flip();
    }
}
