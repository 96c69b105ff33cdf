package dev.brief.html;

import java.util.Arrays;

/**
 * Writes deflate blocks with dynamic Huffman codes (RFC 1951 section 3.2.7) from tokens: a literal byte, or a
 * copy of 3 to 258 bytes from 1 to 32,768 bytes back. Each block gets codes fitted to its own symbols.
 */
final class DynamicBlock {
    static final int MIN_COPY = 3;
    static final int MAX_COPY = 258;
    static final int MAX_DISTANCE = 32_768;
    /** The length that marks a token standing for {@code distances[t]} rows of {@link Row} tokens each. */
    static final int REPEATED_ROWS = -1;

    private static final int END_OF_BLOCK = 256;
    private static final int LITERAL_LENGTH_SYMBOLS = 286;
    private static final int DISTANCE_SYMBOLS = 30;
    private static final int MAX_CODE_LENGTH = 15;
    private static final int MAX_CODE_LENGTH_CODE_LENGTH = 7;
    private static final int REPEAT_ZERO_SHORT = 17; // 3..10 zero lengths, 3 extra bits
    private static final int REPEAT_ZERO_LONG = 18; // 11..138 zero lengths, 7 extra bits
    private static final int[] CODE_LENGTH_ORDER = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};

    // Section 3.2.5: the first length of each length symbol 257..285 and its extra bits; the same for distances.
    private static final int[] LENGTH_BASE = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51,
        59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
    private static final int[] LENGTH_EXTRA = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4,
        4, 5, 5, 5, 5, 0};
    private static final int[] DISTANCE_BASE = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385,
        513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
    private static final int[] DISTANCE_EXTRA = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10,
        10, 11, 11, 12, 12, 13, 13};

    /** Per copy length: the index of its length symbol in {@link #LENGTH_BASE}. */
    private static final int[] LENGTH_CODE = new int[MAX_COPY + 1];
    /** Per distance 1..256, and per {@code (distance - 1) >> 7} above that: its distance symbol. */
    private static final int[] NEAR_DISTANCE_CODE = new int[257];
    private static final int[] FAR_DISTANCE_CODE = new int[256];

    static {
        for (int code = 0; code < LENGTH_BASE.length; code++) {
            int last = code + 1 < LENGTH_BASE.length ? LENGTH_BASE[code + 1] - 1 : MAX_COPY;
            for (int length = LENGTH_BASE[code]; length <= last; length++) {
                LENGTH_CODE[length] = code;
            }
        }
        for (int distance = 1; distance <= 256; distance++) {
            NEAR_DISTANCE_CODE[distance] = searchDistanceCode(distance);
        }
        for (int high = 2; high < 256; high++) {
            FAR_DISTANCE_CODE[high] = searchDistanceCode((high << 7) + 1);
        }
    }

    private DynamicBlock() {}

    /**
     * The tokens of a row that repeats, the same each time (literals, copies, as in a block). A block can hold
     * a run of them as one token, which saves storing, counting and coding each of a picture's repeated rows
     * token by token.
     */
    record Row(byte[] literals, int[] lengths, int[] distances) {
        int size() {
            return lengths.length;
        }
    }

    /**
     * Appends one block holding tokens {@code 0..count-1}: {@code lengths[i]} is 0 for a literal, whose byte
     * is {@code literals[i]}, the length of a copy from {@code distances[i]} bytes back, or
     * {@link #REPEATED_ROWS}: {@code distances[i]} times the tokens of {@code row}.
     */
    static void write(DeflateBits bits, boolean last, byte[] literals, int[] lengths, int[] distances, int count,
            Row row) {
        int[] literalFrequencies = new int[LITERAL_LENGTH_SYMBOLS];
        int[] distanceFrequencies = new int[DISTANCE_SYMBOLS];
        int repeatedRows = 0;
        for (int t = 0; t < count; t++) {
            if (lengths[t] == 0) {
                literalFrequencies[literals[t] & 0xff]++;
            } else if (lengths[t] == REPEATED_ROWS) {
                repeatedRows += distances[t];
            } else {
                literalFrequencies[257 + LENGTH_CODE[lengths[t]]]++;
                distanceFrequencies[distanceCode(distances[t])]++;
            }
        }
        if (repeatedRows > 0) {
            for (int t = 0; t < row.size(); t++) {
                if (row.lengths()[t] == 0) {
                    literalFrequencies[row.literals()[t] & 0xff] += repeatedRows;
                } else {
                    literalFrequencies[257 + LENGTH_CODE[row.lengths()[t]]] += repeatedRows;
                    distanceFrequencies[distanceCode(row.distances()[t])] += repeatedRows;
                }
            }
        }
        literalFrequencies[END_OF_BLOCK] = 1;
        HuffmanCode literalCode = HuffmanCode.fitted(literalFrequencies, MAX_CODE_LENGTH);
        HuffmanCode distanceCode = distanceCode(distanceFrequencies);

        bits.write(last ? 1 : 0, 1);
        bits.write(2, 2); // BTYPE 10: dynamic Huffman codes
        writeCodes(bits, literalCode, distanceCode);
        int[] literalLengths = literalCode.lengths();
        int[] literalCodes = literalCode.reversedCodes();
        int[] distanceLengths = distanceCode.lengths();
        int[] distanceCodes = distanceCode.reversedCodes();
        DeflateBits rowBits = null;
        if (repeatedRows > 0) {
            // One row's bits, coded once for the block, then appended for each repeated row.
            rowBits = new DeflateBits(64);
            for (int t = 0; t < row.size(); t++) {
                writeToken(rowBits, row.literals()[t], row.lengths()[t], row.distances()[t], literalCodes,
                        literalLengths, distanceCodes, distanceLengths);
            }
        }
        for (int t = 0; t < count; t++) {
            if (lengths[t] == REPEATED_ROWS) {
                bits.writeRepeated(rowBits, distances[t]);
            } else {
                writeToken(bits, literals[t], lengths[t], distances[t], literalCodes, literalLengths, distanceCodes,
                        distanceLengths);
            }
        }
        bits.write(literalCodes[END_OF_BLOCK], literalLengths[END_OF_BLOCK]);
    }

    /** One literal ({@code length} 0) or copy, in the block's codes. */
    private static void writeToken(DeflateBits bits, byte literal, int length, int distance, int[] literalCodes,
            int[] literalLengths, int[] distanceCodes, int[] distanceLengths) {
        if (length == 0) {
            bits.write(literalCodes[literal & 0xff], literalLengths[literal & 0xff]);
            return;
        }
        int code = LENGTH_CODE[length];
        bits.write(literalCodes[257 + code], literalLengths[257 + code]);
        if (LENGTH_EXTRA[code] > 0) {
            bits.write(length - LENGTH_BASE[code], LENGTH_EXTRA[code]);
        }
        int symbol = distanceCode(distance);
        bits.write(distanceCodes[symbol], distanceLengths[symbol]);
        if (DISTANCE_EXTRA[symbol] > 0) {
            bits.write(distance - DISTANCE_BASE[symbol], DISTANCE_EXTRA[symbol]);
        }
    }

    /** The last block of a stream with nothing in it: fixed codes, whose end of block is seven zero bits. */
    static void writeEmptyLast(DeflateBits bits) {
        bits.write(1, 1);
        bits.write(1, 2);
        bits.write(0, 7);
    }

    private static int distanceCode(int distance) {
        return distance <= 256 ? NEAR_DISTANCE_CODE[distance] : FAR_DISTANCE_CODE[(distance - 1) >> 7];
    }

    private static int searchDistanceCode(int distance) {
        int symbol = DISTANCE_BASE.length - 1;
        while (DISTANCE_BASE[symbol] > distance) {
            symbol--;
        }
        return symbol;
    }

    /** With one distance used, or none, a single code of one bit, which RFC 1951 allows. */
    private static HuffmanCode distanceCode(int[] frequencies) {
        int used = 0;
        int only = 0;
        for (int symbol = 0; symbol < frequencies.length; symbol++) {
            if (frequencies[symbol] > 0) {
                used++;
                only = symbol;
            }
        }
        if (used >= 2) {
            return HuffmanCode.fitted(frequencies, MAX_CODE_LENGTH);
        }
        int[] lengths = new int[frequencies.length];
        lengths[only] = 1;
        return HuffmanCode.of(lengths);
    }

    /** Both codes' lengths, run-length coded with the code-length alphabet, after HLIT, HDIST and HCLEN. */
    private static void writeCodes(DeflateBits bits, HuffmanCode literals, HuffmanCode distances) {
        int literalCount = Math.max(257, literals.usedPrefix());
        int distanceCount = distances.usedPrefix();
        int[] all = new int[literalCount + distanceCount];
        System.arraycopy(literals.lengths(), 0, all, 0, literalCount);
        System.arraycopy(distances.lengths(), 0, all, literalCount, distanceCount);

        int[] runSymbols = new int[all.length];
        int[] runExtras = new int[all.length];
        int runs = 0;
        for (int i = 0; i < all.length; ) {
            int run = 1;
            while (all[i] == 0 && i + run < all.length && all[i + run] == 0 && run < 138) {
                run++;
            }
            if (all[i] == 0 && run >= 11) {
                runSymbols[runs] = REPEAT_ZERO_LONG;
                runExtras[runs++] = run - 11;
            } else if (all[i] == 0 && run >= 3) {
                runSymbols[runs] = REPEAT_ZERO_SHORT;
                runExtras[runs++] = run - 3;
            } else {
                run = 1;
                runSymbols[runs++] = all[i];
            }
            i += run;
        }
        int[] frequencies = new int[19];
        for (int r = 0; r < runs; r++) {
            frequencies[runSymbols[r]]++;
        }
        if (Arrays.stream(frequencies).filter(frequency -> frequency > 0).count() < 2) {
            // A complete code needs two symbols; an unused one costs a few header bits.
            frequencies[frequencies[0] == 0 ? 0 : 1]++;
        }
        HuffmanCode lengthCode = HuffmanCode.fitted(frequencies, MAX_CODE_LENGTH_CODE_LENGTH);
        int[] lengthLengths = lengthCode.lengths();
        int sent = CODE_LENGTH_ORDER.length;
        while (sent > 4 && lengthLengths[CODE_LENGTH_ORDER[sent - 1]] == 0) {
            sent--;
        }
        bits.write(literalCount - 257, 5);
        bits.write(distanceCount - 1, 5);
        bits.write(sent - 4, 4);
        for (int i = 0; i < sent; i++) {
            bits.write(lengthLengths[CODE_LENGTH_ORDER[i]], 3);
        }
        for (int r = 0; r < runs; r++) {
            int symbol = runSymbols[r];
            bits.write(lengthCode.reversedCodes()[symbol], lengthLengths[symbol]);
            if (symbol == REPEAT_ZERO_LONG) {
                bits.write(runExtras[r], 7);
            } else if (symbol == REPEAT_ZERO_SHORT) {
                bits.write(runExtras[r], 3);
            }
        }
    }
}
