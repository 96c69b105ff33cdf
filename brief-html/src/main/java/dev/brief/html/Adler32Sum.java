package dev.brief.html;

import java.util.zip.Adler32;

/**
 * The Adler-32 checksum a zlib stream ends with, able to take {@code n} copies of the same bytes in time that
 * does not grow with the length of the copies. The checksum's value is its whole state, so the sum of a
 * block can be computed alone (with the JDK's fast {@link Adler32}) and then appended: a block of length
 * {@code L} whose own sums are {@code (a', b')} turns {@code (a, b)} into {@code (a + a' - 1, b + L·a + b' - L)},
 * all modulo 65521 (RFC 1950 section 8.2 defines the sums).
 */
final class Adler32Sum {
    private static final int MODULUS = 65_521;

    private long a = 1;
    private long b;

    void update(byte[] bytes) {
        append(sumOf(bytes), bytes.length);
    }

    void updateRepeated(byte[] bytes, int count) {
        long block = sumOf(bytes);
        for (int copy = 0; copy < count; copy++) {
            append(block, bytes.length);
        }
    }

    int value() {
        return (int) (b << 16 | a);
    }

    private static long sumOf(byte[] bytes) {
        Adler32 sum = new Adler32();
        sum.update(bytes);
        return sum.getValue();
    }

    private void append(long block, int length) {
        long blockA = block & 0xffff;
        long blockB = block >>> 16;
        long blockLength = length % MODULUS;
        b = Math.floorMod(b + blockLength * a + blockB - blockLength, MODULUS);
        a = Math.floorMod(a + blockA - 1, MODULUS);
    }
}
