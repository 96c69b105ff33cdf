package dev.brief.pdf.document;

import java.util.Arrays;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSInteger;

/**
 * The entries of a cross-reference stream (ISO 32000-1 7.5.8.3) and its data as PDFBox's {@code PDFXRefStream}
 * lays it out: object 0 as the head of the free list, then one entry per object in number order, each field in as
 * few bytes as its largest value needs.
 */
final class CrossReferences {
    static final int IN_FILE = 1;
    static final int IN_OBJECT_STREAM = 2;
    private static final int FIELDS = 3;
    /** Object 0's generation, written in as many bytes as the third field has. */
    private static final int FREE_HEAD_GENERATION = 65535;

    /** Per object number: type (0 for no entry), second field, third field. */
    private long[] entries;
    private int highest;

    CrossReferences(long expectedObjects) {
        entries = new long[(int) (expectedObjects + 16) * FIELDS];
    }

    /** Records an object; the first record of a number stands, as in PDFBox. */
    void add(long number, int type, long second, long third) {
        int at = (int) number * FIELDS;
        if (at + FIELDS > entries.length) {
            entries = Arrays.copyOf(entries, Math.max(entries.length * 2, at + FIELDS));
        }
        if (entries[at] == 0) {
            entries[at] = type;
            entries[at + 1] = second;
            entries[at + 2] = third;
            highest = Math.max(highest, (int) number);
        }
    }

    /** The /Index array: start and count of each run of consecutive numbers, object 0 included. */
    COSArray index() {
        COSArray index = new COSArray();
        int start = 0;
        for (int number = 1; number <= highest + 1; number++) {
            if (!has(number)) {
                if (start >= 0) {
                    index.add(COSInteger.get(start));
                    index.add(COSInteger.get(number - start));
                }
                start = -1;
            } else if (start < 0) {
                start = number;
            }
        }
        return index;
    }

    /** The /W array's values: the bytes each field needs for its largest value among the objects. */
    int[] widths() {
        int[] widths = new int[FIELDS];
        for (int number = 1; number <= highest; number++) {
            for (int field = 0; field < FIELDS; field++) {
                widths[field] = Math.max(widths[field], bytesFor(entries[number * FIELDS + field]));
            }
        }
        return widths;
    }

    /** The stream's data: object 0, then every object's fields, most significant byte first. */
    ByteSink data(int[] widths) {
        ByteSink data = new ByteSink((highest + 1) * (widths[0] + widths[1] + widths[2]));
        write(data, 0, widths[0]);
        write(data, 0, widths[1]);
        write(data, FREE_HEAD_GENERATION, widths[2]);
        for (int number = 1; number <= highest; number++) {
            if (has(number)) {
                for (int field = 0; field < FIELDS; field++) {
                    write(data, entries[number * FIELDS + field], widths[field]);
                }
            }
        }
        return data;
    }

    private boolean has(int number) {
        return number <= highest && entries[number * FIELDS] != 0;
    }

    private static int bytesFor(long value) {
        int bytes = 0;
        for (long rest = value; rest > 0; rest >>= 8) {
            bytes++;
        }
        return bytes;
    }

    private static void write(ByteSink data, long value, int width) {
        for (int shift = (width - 1) * 8; shift >= 0; shift -= 8) {
            data.write((int) (value >> shift));
        }
    }
}
