package dev.brief.html;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * A canonical Huffman code as deflate uses it (RFC 1951 section 3.2.2): code lengths fitted to symbol
 * frequencies and limited to a maximum length, and the codes those lengths define, stored bit-reversed because
 * deflate sends Huffman codes most significant bit first into a stream packed least significant bit first.
 *
 * @param lengths the code length of each symbol, 0 for a symbol not used
 * @param reversedCodes each used symbol's code, bit-reversed, ready for {@link DeflateBits#write}
 */
record HuffmanCode(int[] lengths, int[] reversedCodes) {

    /**
     * The code for {@code frequencies}, no code longer than {@code maxLength}. When the optimal code is too
     * deep, the frequencies are halved (never below 1) and the code built again: a few rounds at most, and
     * the result stays close to optimal, unlike a code of equal lengths.
     */
    static HuffmanCode fitted(int[] frequencies, int maxLength) {
        int[] weights = frequencies.clone();
        int[] lengths = lengths(weights);
        while (max(lengths) > maxLength) {
            for (int i = 0; i < weights.length; i++) {
                weights[i] = weights[i] == 0 ? 0 : Math.max(1, weights[i] >> 1);
            }
            lengths = lengths(weights);
        }
        return of(lengths);
    }

    /** The canonical code of the given lengths. */
    static HuffmanCode of(int[] lengths) {
        int maxLength = max(lengths);
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
        int[] reversed = new int[lengths.length];
        for (int symbol = 0; symbol < lengths.length; symbol++) {
            int length = lengths[symbol];
            if (length > 0) {
                reversed[symbol] = Integer.reverse(nextCode[length]++) >>> (32 - length);
            }
        }
        return new HuffmanCode(lengths, reversed);
    }

    /** How many symbols the code lists: the last used one and all before it. */
    int usedPrefix() {
        int last = lengths.length - 1;
        while (last > 0 && lengths[last] == 0) {
            last--;
        }
        return last + 1;
    }

    private record Node(long weight, int order, int[] symbols) {}

    /** Optimal code lengths; ties are broken by symbol order, so equal input gives equal output. */
    private static int[] lengths(int[] frequencies) {
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
            int[] merged = Arrays.copyOf(first.symbols(), first.symbols().length + second.symbols().length);
            System.arraycopy(second.symbols(), 0, merged, first.symbols().length, second.symbols().length);
            for (int symbol : merged) {
                lengths[symbol]++;
            }
            queue.add(new Node(first.weight() + second.weight(), order++, merged));
        }
        return lengths;
    }

    private static int max(int[] values) {
        int max = 0;
        for (int value : values) {
            max = Math.max(max, value);
        }
        return max;
    }
}
