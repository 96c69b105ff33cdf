package dev.brief.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HuffmanCodeTest {
    @Test
    void frequenciesTooSkewedForFifteenBitsGetACompleteCodeWithinTheLimit() {
        // Fibonacci frequencies make the optimal code as deep as there are symbols.
        int[] frequencies = new int[30];
        frequencies[0] = 1;
        frequencies[1] = 1;
        for (int i = 2; i < frequencies.length; i++) {
            frequencies[i] = frequencies[i - 1] + frequencies[i - 2];
        }

        HuffmanCode code = HuffmanCode.fitted(frequencies, 15);

        assertThat(java.util.Arrays.stream(code.lengths()).max().orElseThrow()).isLessThanOrEqualTo(15);
        assertThat(code.lengths()).doesNotContain(0);
        assertThat(kraftSum(code.lengths())).as("complete: the lengths fill the code space").isEqualTo(1.0);
        assertThat(code.lengths()[29]).as("the most frequent symbol keeps the shortest code").isEqualTo(1);
    }

    @Test
    void codesAreCanonicalAndPrefixFree() {
        HuffmanCode code = HuffmanCode.of(new int[] {2, 1, 3, 3, 0});

        // RFC 1951 section 3.2.2: B=0, A=10, C=110, D=111, sent most significant bit first.
        assertThat(code.reversedCodes()).containsExactly(0b01, 0b0, 0b011, 0b111, 0);
    }

    private static double kraftSum(int[] lengths) {
        double sum = 0;
        for (int length : lengths) {
            if (length > 0) {
                sum += Math.pow(2, -length);
            }
        }
        return sum;
    }
}
