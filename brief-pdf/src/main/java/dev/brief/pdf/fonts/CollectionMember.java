package dev.brief.pdf.fonts;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Copies one member of a font collection (.ttc) out as a standalone font file: the member's tables,
 * unchanged, under a new table directory with offsets and checksums of its own. Members of a collection
 * share tables by pointing at the same bytes; the copy simply holds its own. A digital signature
 * ({@code DSIG}) signed the collection, not the copy, and is left out.
 */
final class CollectionMember {
    private CollectionMember() {}

    /** The bytes of member {@code index} of the collection at {@code path} as a font file of its own. */
    static byte[] extract(Path path, int index) throws IOException {
        try (FileChannel file = FileChannel.open(path, StandardOpenOption.READ)) {
            long[] offsets = TableDirectory.fontOffsets(file);
            if (index < 0 || index >= offsets.length) {
                throw new IOException(path.getFileName() + " has no font #" + index);
            }
            TableDirectory directory = TableDirectory.read(file, offsets[index]);
            SortedMap<String, byte[]> tables = new TreeMap<>();
            for (TableDirectory.Table table : directory.tables()) {
                if (!table.tag().equals("DSIG")) {
                    tables.put(table.tag(), TableDirectory.bytes(file, table));
                }
            }
            return SfntWriter.write(directory.version(), tables);
        }
    }
}
