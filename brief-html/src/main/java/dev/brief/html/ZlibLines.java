package dev.brief.html;

import java.io.ByteArrayOutputStream;
import java.util.zip.Deflater;

/**
 * A zlib stream (RFC 1950) built from PNG lines: new lines are deflated at the fastest level, lines that repeat
 * the row above are written as a {@link SameRowsBlock} without passing through the compressor.
 *
 * <p>After a repeat block the compressor is handed the last 32 KiB of the stream as its dictionary, so it
 * keeps finding matches in what precedes, the repeated lines included, exactly as if it had compressed them
 * itself.
 */
final class ZlibLines implements AutoCloseable {
    /** Deflate with a 32 KiB window at the fastest level; 0x7801 is a multiple of 31, as zlib requires. */
    private static final byte[] HEADER = {0x78, 0x01};

    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
    private final byte[] buffer = new byte[1 << 16];
    private final ByteArrayOutputStream out;
    private final Adler32Sum checksum = new Adler32Sum();
    /** The last 32 KiB of uncompressed bytes, as a ring: {@code windowEnd} is where the next byte goes. */
    private final byte[] window = new byte[SameRowsBlock.MAX_DISTANCE];
    private int windowEnd;
    private int windowFill;

    ZlibLines(int expectedSize) {
        out = new ByteArrayOutputStream(Math.max(64, Math.min(expectedSize, 1 << 16)));
        out.writeBytes(HEADER);
    }

    void line(byte[] line) {
        checksum.update(line);
        remember(line);
        deflater.setInput(line);
        drain(Deflater.NO_FLUSH);
    }

    /** {@code count} lines of {@code lineBytes} bytes that each repeat the row above (see {@link SameRowsBlock}). */
    void sameAsAbove(int lineBytes, int count) {
        drain(Deflater.SYNC_FLUSH); // ends the compressor's block on a byte boundary
        SameRowsBlock.write(out, lineBytes, count);
        byte[] line = new byte[lineBytes];
        line[0] = SameRowsBlock.FILTER_UP;
        checksum.updateRepeated(line, count);
        int copies = Math.min(count, window.length / lineBytes + 1);
        for (int i = 0; i < copies; i++) {
            remember(line);
        }
        deflater.setDictionary(lastBytes());
    }

    byte[] finish() {
        deflater.finish();
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        int adler = checksum.value();
        out.write(adler >>> 24);
        out.write(adler >>> 16);
        out.write(adler >>> 8);
        out.write(adler);
        return out.toByteArray();
    }

    /** Adds {@code bytes} to the window: a line costs its own length, not a shift of the whole window. */
    private void remember(byte[] bytes) {
        int keep = Math.min(bytes.length, window.length);
        int from = bytes.length - keep;
        int first = Math.min(keep, window.length - windowEnd);
        System.arraycopy(bytes, from, window, windowEnd, first);
        System.arraycopy(bytes, from + first, window, 0, keep - first);
        windowEnd = (windowEnd + keep) % window.length;
        windowFill = Math.min(window.length, windowFill + keep);
    }

    /** The window's bytes in stream order, oldest first. */
    private byte[] lastBytes() {
        byte[] bytes = new byte[windowFill];
        int start = Math.floorMod(windowEnd - windowFill, window.length);
        int first = Math.min(windowFill, window.length - start);
        System.arraycopy(window, start, bytes, 0, first);
        System.arraycopy(window, 0, bytes, first, windowFill - first);
        return bytes;
    }

    private void drain(int flush) {
        int written;
        do {
            written = deflater.deflate(buffer, 0, buffer.length, flush);
            out.write(buffer, 0, written);
        } while (written == buffer.length || !deflater.needsInput());
    }

    @Override
    public void close() {
        deflater.end();
    }
}
