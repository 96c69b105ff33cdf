package dev.brief.html;

/**
 * The Adler-32 checksum a zlib stream ends with, able to take {@code n} copies of the same bytes in time that
 * does not grow with the length of the bytes: appending a block of length {@code L}, byte sum {@code S} and
 * weighted sum {@code W} (each byte times its distance from the block's end, counting the last byte as 1) turns
 * {@code (a, b)} into {@code (a + S, b + L·a + W)}, all modulo 65521 (RFC 1950 section 8).
 */
final class Adler32Sum {
    private static final int MODULUS = 65_521;

    private long a = 1;
    private long b;

    void update(byte[] bytes) {
        // 5552 bytes is the most zlib sums before b could overflow 32 bits; with longs there is ample room.
        for (int start = 0; start < bytes.length; start += 5552) {
            int end = Math.min(bytes.length, start + 5552);
            for (int i = start; i < end; i++) {
                a += bytes[i] & 0xff;
                b += a;
            }
            a %= MODULUS;
            b %= MODULUS;
        }
    }

    void updateRepeated(byte[] bytes, int count) {
        long length = bytes.length % MODULUS;
        long sum = 0;
        long weighted = 0;
        for (int i = 0; i < bytes.length; i++) {
            int value = bytes[i] & 0xff;
            sum += value;
            weighted += (long) value * (bytes.length - i);
        }
        sum %= MODULUS;
        weighted %= MODULUS;
        for (int copy = 0; copy < count; copy++) {
            b = (b + length * a + weighted) % MODULUS;
            a = (a + sum) % MODULUS;
        }
    }

    int value() {
        return (int) (b << 16 | a);
    }
}
