package dev.brief.html;

import java.util.Arrays;

/**
 * Packs bits least significant first, as deflate does, into a growing byte array. Bits gather in a 64-bit
 * word and leave it four bytes at a time, so a symbol costs a shift and an or, not a call per byte.
 */
final class DeflateBits {
    private byte[] bytes;
    private int size;
    private long pending;
    private int pendingCount;

    DeflateBits(int expectedSize) {
        bytes = new byte[Math.max(64, expectedSize)];
    }

    /** Appends the low {@code count} bits of {@code value}, at most 32. */
    void write(int value, int count) {
        pending |= (value & 0xffffffffL) << pendingCount;
        pendingCount += count;
        if (pendingCount >= 32) {
            ensureRoom(4);
            bytes[size] = (byte) pending;
            bytes[size + 1] = (byte) (pending >>> 8);
            bytes[size + 2] = (byte) (pending >>> 16);
            bytes[size + 3] = (byte) (pending >>> 24);
            size += 4;
            pending >>>= 32;
            pendingCount -= 32;
        }
    }

    /**
     * Appends the bits written to {@code other} so far, {@code times} over: 32 bits per call instead of one
     * call per symbol. {@code other} is read, not changed.
     */
    void writeRepeated(DeflateBits other, int times) {
        int wholeBytes = other.size;
        int tailCount = other.pendingCount;
        int tail = (int) other.pending;
        for (int time = 0; time < times; time++) {
            int at = 0;
            for (; at + 4 <= wholeBytes; at += 4) {
                write((other.bytes[at] & 0xff) | (other.bytes[at + 1] & 0xff) << 8
                        | (other.bytes[at + 2] & 0xff) << 16 | (other.bytes[at + 3] & 0xff) << 24, 32);
            }
            for (; at < wholeBytes; at++) {
                write(other.bytes[at] & 0xff, 8);
            }
            if (tailCount > 0) {
                write(tail, tailCount);
            }
        }
    }

    /** Pads the last byte with zero bits, so what follows starts on a byte boundary. */
    void alignToByte() {
        while (pendingCount > 0) {
            ensureRoom(1);
            bytes[size++] = (byte) pending;
            pending >>>= 8;
            pendingCount = Math.max(0, pendingCount - 8);
        }
        pending = 0;
    }

    /** Appends whole bytes; the stream must be on a byte boundary. */
    void writeBytes(byte... values) {
        if (pendingCount != 0) {
            throw new IllegalStateException("not on a byte boundary");
        }
        ensureRoom(values.length);
        System.arraycopy(values, 0, bytes, size, values.length);
        size += values.length;
    }

    byte[] toByteArray() {
        if (pendingCount != 0) {
            throw new IllegalStateException("not on a byte boundary");
        }
        return Arrays.copyOf(bytes, size);
    }

    private void ensureRoom(int count) {
        if (size + count > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(size + count, bytes.length * 2));
        }
    }
}
