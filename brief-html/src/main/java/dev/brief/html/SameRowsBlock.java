package dev.brief.html;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * One deflate block (RFC 1951, dynamic Huffman codes, not final) holding {@code count} PNG lines that each say
 * "same as the row above": the Up filter type followed by zeros. It is followed by an empty stored block, so
 * the stream is byte-aligned again for the next block.
 *
 * <p>Each line is the literal 2 (the filter type), a literal 0, then the remaining zeros as copies from one
 * byte back, 258 at a time. With Huffman codes fitted to just these symbols, a 1,600-pixel line costs about six
 * bytes, and writing it costs a few dozen bit operations instead of running 4,801 bytes through the compressor.
 */
final class SameRowsBlock {
    /** The largest distance deflate can refer back; also the longest line {@link ZlibLines} repeats. */
    static final int MAX_DISTANCE = 32_768;

    static final byte FILTER_UP = 2;

    private static final int END_OF_BLOCK = 256;
    private static final int MAX_MATCH = 258;
    private static final int MIN_MATCH = 3;
    private static final int MAX_CODE_LENGTH = 15;
    private static final int MAX_CODE_LENGTH_CODE_LENGTH = 7;
    private static final int REPEAT_ZERO_SHORT = 17; // 3..10 zero lengths, 3 extra bits
    private static final int REPEAT_ZERO_LONG = 18; // 11..138 zero lengths, 7 extra bits
    private static final int[] CODE_LENGTH_ORDER = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};

    // RFC 1951 section 3.2.5: the first length of each length symbol 257..285, and its number of extra bits.
    private static final int[] LENGTH_BASE = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51,
        59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
    private static final int[] LENGTH_EXTRA = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4,
        4, 5, 5, 5, 5, 0};

    private final BitWriter bits;

    private SameRowsBlock(ByteArrayOutputStream out) {
        this.bits = new BitWriter(out);
    }

    /**
     * Appends the block to {@code out}, which must end on a byte boundary of a deflate stream.
     *
     * @param lineBytes bytes in one PNG line, the filter-type byte included: 2 to {@link #MAX_DISTANCE}
     * @param count how many lines, at least 1
     */
    static void write(ByteArrayOutputStream out, int lineBytes, int count) {
        if (lineBytes < 2 || lineBytes > MAX_DISTANCE || count < 1) {
            throw new IllegalArgumentException(count + " lines of " + lineBytes + " bytes");
        }
        new SameRowsBlock(out).block(lineTokens(lineBytes), count);
    }

    /** One line as deflate symbols: literals, and lengths copied from one byte back. */
    private static List<Token> lineTokens(int lineBytes) {
        List<Token> tokens = new ArrayList<>();
        tokens.add(Token.literal(FILTER_UP));
        tokens.add(Token.literal(0));
        int zeros = lineBytes - 2;
        while (zeros >= MIN_MATCH) {
            // Never leave 1 or 2 zeros that could have joined a match.
            int length = zeros >= MAX_MATCH + MIN_MATCH ? MAX_MATCH : zeros > MAX_MATCH ? zeros - MIN_MATCH : zeros;
            tokens.add(Token.match(length));
            zeros -= length;
        }
        for (; zeros > 0; zeros--) {
            tokens.add(Token.literal(0));
        }
        return tokens;
    }

    private void block(List<Token> line, int count) {
        int[] frequencies = new int[286];
        for (Token token : line) {
            frequencies[token.symbol()]++;
        }
        frequencies[END_OF_BLOCK] = 1;
        int[] literalLengths = HuffmanLengths.of(frequencies, MAX_CODE_LENGTH);
        // One distance code (distance 1) is sent as a single code of length 1, as RFC 1951 prescribes.
        int[] distanceLengths = {1};
        int[] literalCodes = canonicalCodes(literalLengths);

        bits.write(0, 1); // BFINAL: more blocks follow
        bits.write(2, 2); // BTYPE 10: dynamic Huffman codes
        header(literalLengths, distanceLengths);
        for (int i = 0; i < count; i++) {
            for (Token token : line) {
                int symbol = token.symbol();
                bits.huffman(literalCodes[symbol], literalLengths[symbol]);
                if (token.isMatch()) {
                    bits.write(token.extraValue(), token.extraBits());
                    bits.huffman(0, 1); // distance code 0: one byte back
                }
            }
        }
        bits.huffman(literalCodes[END_OF_BLOCK], literalLengths[END_OF_BLOCK]);
        bits.write(0, 1); // an empty stored block to return to a byte boundary
        bits.write(0, 2);
        bits.flushToByte();
        bits.rawBytes(0x00, 0x00, 0xff, 0xff);
        bits.close();
    }

    /** The code lengths of both alphabets, run-length coded with the code-length alphabet (section 3.2.7). */
    private void header(int[] literalLengths, int[] distanceLengths) {
        int literalCount = Math.max(257, lastNonZero(literalLengths) + 1);
        int[] all = new int[literalCount + distanceLengths.length];
        System.arraycopy(literalLengths, 0, all, 0, literalCount);
        System.arraycopy(distanceLengths, 0, all, literalCount, distanceLengths.length);

        List<int[]> runs = new ArrayList<>(); // {symbol, extra value, extra bits}
        for (int i = 0; i < all.length; ) {
            int run = 1;
            while (all[i] == 0 && i + run < all.length && all[i + run] == 0 && run < 138) {
                run++;
            }
            if (all[i] == 0 && run >= 11) {
                runs.add(new int[] {REPEAT_ZERO_LONG, run - 11, 7});
            } else if (all[i] == 0 && run >= 3) {
                runs.add(new int[] {REPEAT_ZERO_SHORT, run - 3, 3});
            } else {
                run = 1;
                runs.add(new int[] {all[i], 0, 0});
            }
            i += run;
        }
        int[] frequencies = new int[19];
        for (int[] run : runs) {
            frequencies[run[0]]++;
        }
        int[] lengthLengths = HuffmanLengths.of(frequencies, MAX_CODE_LENGTH_CODE_LENGTH);
        int[] lengthCodes = canonicalCodes(lengthLengths);
        int sent = CODE_LENGTH_ORDER.length;
        while (sent > 4 && lengthLengths[CODE_LENGTH_ORDER[sent - 1]] == 0) {
            sent--;
        }
        bits.write(literalCount - 257, 5);
        bits.write(distanceLengths.length - 1, 5);
        bits.write(sent - 4, 4);
        for (int i = 0; i < sent; i++) {
            bits.write(lengthLengths[CODE_LENGTH_ORDER[i]], 3);
        }
        for (int[] run : runs) {
            bits.huffman(lengthCodes[run[0]], lengthLengths[run[0]]);
            bits.write(run[1], run[2]);
        }
    }

    private static int lastNonZero(int[] values) {
        int last = values.length - 1;
        while (last > 0 && values[last] == 0) {
            last--;
        }
        return last;
    }

    /** Canonical Huffman codes from code lengths (RFC 1951 section 3.2.2). */
    private static int[] canonicalCodes(int[] lengths) {
        int maxLength = Arrays.stream(lengths).max().orElse(0);
        int[] lengthCount = new int[maxLength + 1];
        for (int length : lengths) {
            if (length > 0) {
                lengthCount[length]++;
            }
        }
        int[] nextCode = new int[maxLength + 2];
        int code = 0;
        for (int length = 1; length <= maxLength; length++) {
            code = (code + lengthCount[length - 1]) << 1;
            nextCode[length] = code;
        }
        int[] codes = new int[lengths.length];
        for (int symbol = 0; symbol < lengths.length; symbol++) {
            if (lengths[symbol] > 0) {
                codes[symbol] = nextCode[lengths[symbol]]++;
            }
        }
        return codes;
    }

    /** A literal byte, or a copy of {@code length} bytes from one byte back. */
    private record Token(int symbol, int extraValue, int extraBits) {
        static Token literal(int value) {
            return new Token(value, 0, 0);
        }

        static Token match(int length) {
            int code = LENGTH_BASE.length - 1;
            while (LENGTH_BASE[code] > length) {
                code--;
            }
            return new Token(257 + code, length - LENGTH_BASE[code], LENGTH_EXTRA[code]);
        }

        boolean isMatch() {
            return symbol > END_OF_BLOCK;
        }
    }

    /** Huffman code lengths for small alphabets: complete codes, ties broken by symbol for stable output. */
    static final class HuffmanLengths {
        private HuffmanLengths() {}

        static int[] of(int[] frequencies, int maxLength) {
            int[] lengths = build(frequencies);
            if (Arrays.stream(lengths).max().orElse(0) > maxLength) {
                // Too deep for the format: equal weights give a balanced tree, deep enough for any alphabet here.
                int[] flat = frequencies.clone();
                for (int i = 0; i < flat.length; i++) {
                    flat[i] = flat[i] > 0 ? 1 : 0;
                }
                lengths = build(flat);
            }
            return lengths;
        }

        private record Node(long weight, int order, int[] symbols) {}

        private static int[] build(int[] frequencies) {
            int[] lengths = new int[frequencies.length];
            PriorityQueue<Node> queue = new PriorityQueue<>((a, b) -> a.weight() != b.weight()
                    ? Long.compare(a.weight(), b.weight()) : Integer.compare(a.order(), b.order()));
            int order = 0;
            for (int symbol = 0; symbol < frequencies.length; symbol++) {
                if (frequencies[symbol] > 0) {
                    queue.add(new Node(frequencies[symbol], order++, new int[] {symbol}));
                }
            }
            if (queue.size() < 2) {
                throw new IllegalArgumentException("a complete Huffman code needs at least two symbols");
            }
            while (queue.size() > 1) {
                Node first = queue.poll();
                Node second = queue.poll();
                int[] merged = new int[first.symbols().length + second.symbols().length];
                System.arraycopy(first.symbols(), 0, merged, 0, first.symbols().length);
                System.arraycopy(second.symbols(), 0, merged, first.symbols().length, second.symbols().length);
                for (int symbol : merged) {
                    lengths[symbol]++;
                }
                queue.add(new Node(first.weight() + second.weight(), order++, merged));
            }
            return lengths;
        }
    }

    /**
     * Packs bits least significant first, as deflate does; Huffman codes go in most significant bit first.
     * Bytes collect in a buffer of its own and reach the stream at once ({@link ByteArrayOutputStream}
     * synchronises every single-byte write).
     */
    private static final class BitWriter {
        private final ByteArrayOutputStream out;
        private byte[] buffer = new byte[4096];
        private int size;
        private long pending;
        private int pendingCount;

        BitWriter(ByteArrayOutputStream out) {
            this.out = out;
        }

        void huffman(int code, int length) {
            write(Integer.reverse(code) >>> (32 - length), length);
        }

        void write(int value, int count) {
            pending |= (long) value << pendingCount;
            pendingCount += count;
            while (pendingCount >= 8) {
                put((int) pending);
                pending >>>= 8;
                pendingCount -= 8;
            }
        }

        /** Pads the last byte with zero bits. */
        void flushToByte() {
            if (pendingCount > 0) {
                put((int) pending);
            }
            pending = 0;
            pendingCount = 0;
        }

        void rawBytes(int... bytes) {
            for (int b : bytes) {
                put(b);
            }
        }

        void close() {
            out.write(buffer, 0, size);
        }

        private void put(int b) {
            if (size == buffer.length) {
                buffer = Arrays.copyOf(buffer, size * 2);
            }
            buffer[size++] = (byte) b;
        }
    }
}
