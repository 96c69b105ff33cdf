package dev.brief.pdf.document;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte array that knows whether it stands at the start of a line, for writing a PDF file. Unlike
 * {@code ByteArrayOutputStream} it takes no lock per call: PDFBox's writer calls a locked stream once per name,
 * number and often per byte, which was most of the time it took to serialise a brief's thousand objects.
 */
final class ByteSink extends OutputStream {
    private byte[] bytes;
    private int size;
    private boolean onNewLine;

    ByteSink(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    @Override
    public void write(int b) {
        ensure(1);
        bytes[size++] = (byte) b;
        onNewLine = false;
    }

    @Override
    public void write(byte[] b, int offset, int length) {
        ensure(length);
        System.arraycopy(b, offset, bytes, size, length);
        size += length;
        onNewLine = false;
    }

    @Override
    public void write(byte[] b) {
        write(b, 0, b.length);
    }

    /** Text of ISO-8859-1 characters (all PDF syntax is). */
    void ascii(String text) {
        int length = text.length();
        ensure(length);
        for (int i = 0; i < length; i++) {
            bytes[size++] = (byte) text.charAt(i);
        }
        onNewLine = false;
    }

    /** A number in decimal, as {@code String.valueOf(long)} writes it. */
    void decimal(long value) {
        if (value < 0) {
            write(Long.toString(value).getBytes(StandardCharsets.ISO_8859_1));
            return;
        }
        int digits = 1;
        for (long rest = value / 10; rest > 0; rest /= 10) {
            digits++;
        }
        ensure(digits);
        long rest = value;
        for (int i = size + digits - 1; i >= size; i--) {
            bytes[i] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        size += digits;
        onNewLine = false;
    }

    /** Makes room for {@code more} bytes and returns the array to write them into, from {@link #size()} on. */
    byte[] room(int more) {
        ensure(more);
        return bytes;
    }

    /** Takes the bytes written into {@link #room} up to {@code newSize} as written. */
    void grownTo(int newSize) {
        size = newSize;
        onNewLine = false;
    }

    /** An end of line unless one was just written, as PDFBox's {@code COSStandardOutputStream.writeEOL}. */
    void endOfLine() {
        if (!onNewLine) {
            write('\n');
            onNewLine = true;
        }
    }

    /** Carriage return and line feed, always (around stream data). */
    void crlf() {
        write('\r');
        write('\n');
    }

    int size() {
        return size;
    }

    /** The array written into; bytes from {@link #size()} on are not part of it. */
    byte[] array() {
        return bytes;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
