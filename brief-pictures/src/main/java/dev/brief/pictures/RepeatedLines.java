package dev.brief.pictures;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.zip.Deflater;

/**
 * Runs of rows that repeat the row above, deflated once per process. Under the Up filter such a row is its
 * filter-type byte and zeros whatever the picture, so a run of {@code n} of them deflates to the same bytes on
 * every cover of the same width. zlib reads every byte it is given (about 0.8 GB/s here), and a cover's flat
 * areas are some 2,500 such rows, 4 MB: deflating them each time was half of what encoding a cover cost.
 *
 * <p>Each run is deflated by its own {@link Deflater} and ended with {@link Deflater#FULL_FLUSH}: it ends on a
 * byte boundary with no final-block flag and refers to nothing before it, so it can be copied into any raw
 * deflate stream whose compressor was itself just fully flushed (ISO/IEC 15948 10.3 and RFC 1951 3.2.3).
 * Runs are kept for lengths that are powers of two; a run of any length is a sum of them.
 */
final class RepeatedLines {
    /** The longest run kept: longer runs are several of these. */
    static final int LONGEST = 1 << 10;

    /** Enough for the widths one process meets (covers share one; previews a few); beyond it nothing is kept. */
    private static final int KEPT_WIDTHS = 16;

    private static final Map<Integer, AtomicReferenceArray<byte[]>> DEFLATED = new ConcurrentHashMap<>();

    private RepeatedLines() {}

    /** Writes {@code count} repeated rows of {@code lineBytes} bytes each (filter byte included), deflated. */
    static void write(ByteArrayOutputStream out, int lineBytes, int count, byte filterUp) {
        AtomicReferenceArray<byte[]> runs = runs(lineBytes);
        int left = count;
        while (left >= LONGEST) {
            out.writeBytes(run(runs, lineBytes, LONGEST, filterUp));
            left -= LONGEST;
        }
        for (int length = LONGEST >> 1; length > 0; length >>= 1) {
            if ((left & length) != 0) {
                out.writeBytes(run(runs, lineBytes, length, filterUp));
            }
        }
    }

    private static AtomicReferenceArray<byte[]> runs(int lineBytes) {
        AtomicReferenceArray<byte[]> runs = DEFLATED.get(lineBytes);
        if (runs != null) {
            return runs;
        }
        AtomicReferenceArray<byte[]> fresh = new AtomicReferenceArray<>(Integer.numberOfTrailingZeros(LONGEST) + 1);
        return DEFLATED.size() < KEPT_WIDTHS ? DEFLATED.computeIfAbsent(lineBytes, key -> fresh) : fresh;
    }

    /** The run of {@code length} (a power of two) rows, deflated now if no thread has done it before. */
    private static byte[] run(AtomicReferenceArray<byte[]> runs, int lineBytes, int length, byte filterUp) {
        int slot = Integer.numberOfTrailingZeros(length);
        byte[] deflated = runs.get(slot);
        if (deflated == null) {
            // Racing threads compute the same bytes; whichever is kept is right.
            runs.compareAndSet(slot, null, deflate(lineBytes, length, filterUp));
            deflated = runs.get(slot);
        }
        return deflated;
    }

    private static byte[] deflate(int lineBytes, int length, byte filterUp) {
        byte[] lines = new byte[lineBytes * length];
        for (int at = 0; at < lines.length; at += lineBytes) {
            lines[at] = filterUp;
        }
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try {
            deflater.setInput(lines);
            ByteArrayOutputStream out = new ByteArrayOutputStream(lines.length / 200 + 64);
            byte[] buffer = new byte[1 << 14];
            int written;
            do {
                written = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
                out.write(buffer, 0, written);
            } while (written == buffer.length);
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }
}
