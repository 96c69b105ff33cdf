package dev.brief.html;

import java.util.Arrays;

/**
 * A zlib stream (RFC 1950) of PNG lines, deflated (RFC 1951) by a matcher made for rendered pictures.
 *
 * <p>Filtered lines of a cover are mostly runs of one byte (flat colour under the Sub filter) and stretches
 * equal to the line above (flat colour under Up, a glyph stem one row further down). Those two copies, "one
 * byte back" and "one line back", are tried first at each byte and extended with a vectorised compare, 258
 * bytes at a time; a general-purpose compressor such as zlib instead hashes its way through every one of those
 * bytes. Where neither copy applies (the edges of glyphs), one hash probe finds the same edge drawn earlier, as
 * zlib's fastest level does. Lines repeated whole are known to be zeros under the Up filter and are not
 * even looked at. Each block of tokens gets Huffman codes fitted to it ({@link DynamicBlock}).
 */
final class LineDeflater {
    /** Deflate with a 32 KiB window, fastest level declared; 0x7801 is a multiple of 31, as zlib requires. */
    private static final byte[] HEADER = {0x78, 0x01};
    private static final int WINDOW = DynamicBlock.MAX_DISTANCE;
    private static final int MAX_COPY = DynamicBlock.MAX_COPY;
    /** Shorter copies cost about as many bits as the literals they replace. */
    private static final int MIN_COPY = 4;
    /** Tokens per block: enough for codes to settle, few enough for them to follow the picture. */
    private static final int BLOCK_TOKENS = 1 << 15;
    private static final int HASH_BITS = 15;

    private final int lineBytes;
    /** Whether a copy from the line above is within deflate's reach. */
    private final boolean aboveInReach;
    private final DeflateBits bits;
    private final Adler32Sum checksum = new Adler32Sum();
    private final byte[] repeatLine;
    /** The tokens of a repeated row, always the same ({@link #repeatedRowTokens}). */
    private final DynamicBlock.Row repeatedRow;

    /** The last bytes of the stream, at least the window and the current line; {@code base} is history[0]'s position. */
    private byte[] history;
    private int fill;
    private int base;
    /** Per hash of four bytes, the stream position where they last started a literal, or where nothing did. */
    private final int[] lastSeen = new int[1 << HASH_BITS];

    private boolean hasAbove;

    // Room for a block and one more line of literals: a block is written as soon as it is full, after the line
    // that filled it, so the arrays never need to grow.
    private final byte[] literals;
    private final int[] lengths;
    private final int[] distances;
    private int tokenCount;
    /**
     * Tokens in the block so far, a run of repeated rows counted as the tokens it stands for: blocks end at
     * the same places whether rows are stored one token each or as runs.
     */
    private int blockTokens;

    /**
     * @param lineBytes bytes per PNG line, the filter-type byte included
     * @param expectedSize a guess at the compressed size, for the first buffer
     */
    LineDeflater(int lineBytes, int expectedSize) {
        if (lineBytes < 2) {
            throw new IllegalArgumentException("a PNG line has at least 2 bytes, not " + lineBytes);
        }
        this.lineBytes = lineBytes;
        this.aboveInReach = lineBytes <= WINDOW;
        this.repeatLine = new byte[lineBytes];
        this.repeatLine[0] = PngEncoder.FILTER_UP;
        this.repeatedRow = repeatedRowTokens(lineBytes);
        this.history = new byte[WINDOW + 2 * lineBytes + WINDOW];
        int tokenRoom = BLOCK_TOKENS + lineBytes + 8;
        this.literals = new byte[tokenRoom];
        this.lengths = new int[tokenRoom];
        this.distances = new int[tokenRoom];
        Arrays.fill(lastSeen, Integer.MIN_VALUE);
        this.bits = new DeflateBits(expectedSize);
        bits.writeBytes(HEADER);
    }

    /** Adds one filtered line, its filter-type byte first; the array may be reused by the caller afterwards. */
    void line(byte[] line) {
        if (line.length != lineBytes) {
            throw new IllegalArgumentException("a line of " + line.length + " bytes, not " + lineBytes);
        }
        checksum.update(line);
        int start = append(line);
        tokenize(start);
        hasAbove = true;
        endOfLine();
    }

    /**
     * Adds {@code count} lines that repeat the row above: the Up filter type, then zeros. Their tokens are
     * known without looking at them ({@link #repeatedRowTokens}), so a run of them is stored as one token
     * that {@link DynamicBlock} expands, and costs a few additions here instead of twenty tokens a row.
     */
    void sameAsAbove(int count) {
        checksum.updateRepeated(repeatLine, count);
        for (int i = 0; i < count; i++) {
            if (tokenCount > 0 && lengths[tokenCount - 1] == DynamicBlock.REPEATED_ROWS) {
                distances[tokenCount - 1]++;
            } else {
                lengths[tokenCount] = DynamicBlock.REPEATED_ROWS;
                distances[tokenCount++] = 1;
            }
            blockTokens += repeatedRow.size();
            endOfLine();
        }
        skipRepeats(count);
        hasAbove = true;
    }

    /** Ends the stream: the last block, then the Adler-32 checksum of everything added. */
    byte[] finish() {
        if (tokenCount > 0) {
            writeBlock(true);
        } else {
            DynamicBlock.writeEmptyLast(bits);
        }
        bits.alignToByte();
        int adler = checksum.value();
        bits.writeBytes((byte) (adler >>> 24), (byte) (adler >>> 16), (byte) (adler >>> 8), (byte) adler);
        return bits.toByteArray();
    }

    /** Appends a line to the history, first dropping what lies beyond the window; returns where it starts. */
    private int append(byte[] line) {
        if (fill + line.length > history.length) {
            int keep = Math.min(fill, WINDOW);
            System.arraycopy(history, fill - keep, history, 0, keep);
            base += fill - keep;
            fill = keep;
        }
        System.arraycopy(line, 0, history, fill, line.length);
        fill += line.length;
        return fill - line.length;
    }

    /**
     * Records {@code count} repeated lines already written as tokens: only the window's worth of them is kept
     * in the history, since nothing further back can be copied.
     */
    private void skipRepeats(int count) {
        if (count <= 0) {
            return;
        }
        int kept = Math.min(count, WINDOW / lineBytes + 1);
        int skipped = count - kept;
        if (skipped > 0) {
            // Everything before the skipped lines is out of reach now.
            base += fill + skipped * lineBytes;
            fill = 0;
        }
        for (int i = 0; i < kept; i++) {
            append(repeatLine);
        }
    }

    /** Turns the line at {@code start} in the history into tokens. */
    private void tokenize(int start) {
        byte[] h = history;
        int lineEnd = start + lineBytes;
        boolean withAbove = hasAbove && aboveInReach && start >= lineBytes;
        int i = start;
        while (i < lineEnd) {
            int end = Math.min(lineEnd, i + MAX_COPY);
            int length = 0;
            int distance = 0;
            boolean room = i + MIN_COPY <= lineEnd;
            if (room && i > 0 && startsAlike(h, i, i - 1)) {
                length = matching(h, i, end, i - 1);
                distance = 1;
            }
            if (room && withAbove && length < MAX_COPY && startsAlike(h, i, i - lineBytes)) {
                int fromAbove = matching(h, i, end, i - lineBytes);
                if (fromAbove > length) {
                    length = fromAbove;
                    distance = lineBytes;
                }
            }
            if (length < MIN_COPY && room) {
                int hash = hash(h, i);
                int position = base + i;
                int candidate = lastSeen[hash] - base;
                lastSeen[hash] = position;
                int back = i - candidate;
                if (candidate >= 0 && back > 0 && back <= WINDOW && startsAlike(h, i, candidate)) {
                    int found = matching(h, i, end, candidate);
                    if (found > length) {
                        length = found;
                        distance = back;
                    }
                }
            }
            if (length >= MIN_COPY) {
                addCopies(length, distance); // one copy: matches stop at the longest a copy can be
                i += length;
            } else {
                addLiteral(h[i]);
                i++;
            }
        }
    }

    private static int hash(byte[] h, int i) {
        int word = (h[i] & 0xff) | (h[i + 1] & 0xff) << 8 | (h[i + 2] & 0xff) << 16 | (h[i + 3] & 0xff) << 24;
        return (word * 0x9E3779B1) >>> (32 - HASH_BITS);
    }

    /** Whether the shortest copy worth making fits: a cheap test before the vectorised compare. */
    private static boolean startsAlike(byte[] h, int i, int earlier) {
        return h[i] == h[earlier] && h[i + 1] == h[earlier + 1] && h[i + 2] == h[earlier + 2]
                && h[i + 3] == h[earlier + 3];
    }

    /** How many bytes from {@code from} up to {@code end} equal those from {@code earlier} on. */
    private static int matching(byte[] h, int from, int end, int earlier) {
        int length = end - from;
        int mismatch = Arrays.mismatch(h, from, end, h, earlier, earlier + length);
        return mismatch < 0 ? length : mismatch;
    }

    /**
     * The tokens of a repeated row: the Up filter type, a zero, then the other zeros copied from one byte
     * back. Copies from one line back would say the same, but each of those carries 11 or more extra bits of
     * distance.
     */
    private static DynamicBlock.Row repeatedRowTokens(int lineBytes) {
        int zeros = lineBytes - 2;
        int copies = zeros < DynamicBlock.MIN_COPY ? 0 : copyPieces(zeros);
        int size = 2 + (copies > 0 ? copies : zeros);
        byte[] literals = new byte[size];
        int[] lengths = new int[size];
        int[] distances = new int[size];
        literals[0] = PngEncoder.FILTER_UP; // then literal zeros: the arrays start so
        if (copies > 0) {
            int left = zeros;
            for (int t = 2; t < size; t++) {
                lengths[t] = copyPiece(left);
                distances[t] = 1;
                left -= lengths[t];
            }
        }
        return new DynamicBlock.Row(literals, lengths, distances);
    }

    /**
     * Copies {@code length} bytes, at least 3, from {@code distance} back: 258 at a time, never leaving a stub
     * of 1 or 2 bytes, which no copy can take.
     */
    private void addCopies(int length, int distance) {
        int left = length;
        while (left > 0) {
            int piece = copyPiece(left);
            lengths[tokenCount] = piece;
            distances[tokenCount++] = distance;
            blockTokens++;
            left -= piece;
        }
    }

    /** The next piece of a copy with {@code left} bytes still to go. */
    private static int copyPiece(int left) {
        return left >= MAX_COPY + 3 ? MAX_COPY : left > MAX_COPY ? left - 3 : left;
    }

    private static int copyPieces(int length) {
        int pieces = 0;
        for (int left = length; left > 0; left -= copyPiece(left)) {
            pieces++;
        }
        return pieces;
    }

    private void addLiteral(byte value) {
        literals[tokenCount] = value;
        lengths[tokenCount++] = 0;
        blockTokens++;
    }

    private void endOfLine() {
        if (blockTokens >= BLOCK_TOKENS) {
            writeBlock(false);
        }
    }

    private void writeBlock(boolean last) {
        DynamicBlock.write(bits, last, literals, lengths, distances, tokenCount, repeatedRow);
        tokenCount = 0;
        blockTokens = 0;
    }
}
