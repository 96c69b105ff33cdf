package dev.brief.pdf.tag;

import dev.brief.pdf.output.StreamCompressor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Locale;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.util.NumberFormatUtil;

/**
 * The bytes of a content stream being written, and the syntax of its operands (ISO 32000-1 7.3): numbers,
 * names and strings, each followed by a space, and operators, each ending a line. Formatted as PDFBox's
 * {@code PDPageContentStream} formats them: numbers with at most five decimals, names escaped beyond the
 * few characters it leaves as they are, strings literal unless a byte is outside ASCII or ends a line.
 */
final class ContentBytes {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final int FRACTION_DIGITS = 5;
    private byte[] bytes = new byte[32 * 1024];
    private int size;
    private final byte[] digits = new byte[32];

    void operator(String operator) {
        ascii(operator);
        ensure(1);
        bytes[size++] = '\n';
    }

    void number(float value) {
        if (!Float.isFinite(value)) {
            throw new IllegalArgumentException(value + " is not a finite number");
        }
        // PDFBox's own formatter, as PDPageContentStream calls it: no string per number.
        int length = NumberFormatUtil.formatFloatFast(value, FRACTION_DIGITS, digits);
        if (length < 0) {
            ascii(largeNumber(value));
        } else {
            ensure(length);
            System.arraycopy(digits, 0, bytes, size, length);
            size += length;
        }
        ensure(1);
        bytes[size++] = ' ';
    }

    void name(COSName name) {
        byte[] characters = name.getBytes();
        ensure(characters.length * 3 + 2);
        bytes[size++] = '/';
        for (byte character : characters) {
            if (character >= 'A' && character <= 'Z' || character >= 'a' && character <= 'z'
                    || character >= '0' && character <= '9' || "+-_@*$;.".indexOf(character) >= 0) {
                bytes[size++] = character;
            } else {
                bytes[size++] = '#';
                bytes[size++] = HEX[(character >> 4) & 0xF];
                bytes[size++] = HEX[character & 0xF];
            }
        }
        bytes[size++] = ' ';
    }

    /** The string {@code codes[0, length)}. */
    void string(byte[] codes, int length) {
        boolean literal = true;
        for (int i = 0; i < length; i++) {
            if (codes[i] < 0 || codes[i] == '\r' || codes[i] == '\n') {
                literal = false;
                break;
            }
        }
        ensure(length * 2 + 3);
        if (literal) {
            bytes[size++] = '(';
            for (int i = 0; i < length; i++) {
                if (codes[i] == '(' || codes[i] == ')' || codes[i] == '\\') {
                    bytes[size++] = '\\';
                }
                bytes[size++] = codes[i];
            }
            bytes[size++] = ')';
        } else {
            bytes[size++] = '<';
            for (int i = 0; i < length; i++) {
                bytes[size++] = HEX[(codes[i] >> 4) & 0xF];
                bytes[size++] = HEX[codes[i] & 0xF];
            }
            bytes[size++] = '>';
        }
        bytes[size++] = ' ';
    }

    /** Text written as it is: fixed operands and inline dictionaries. */
    void ascii(String text) {
        ensure(text.length());
        for (int i = 0; i < text.length(); i++) {
            bytes[size++] = (byte) text.charAt(i);
        }
    }

    /** Stores what was written as the stream's data, Flate-compressed. */
    void writeTo(COSStream stream) throws IOException {
        StreamCompressor.store(stream, bytes, size);
    }

    /**
     * Beyond what PDFBox's fast formatter handles (above 2^63): never a coordinate, but formatted as
     * {@code PDPageContentStream} formats it then, with a {@code NumberFormat} of five fraction digits.
     */
    private static String largeNumber(float value) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.US);
        format.setMaximumFractionDigits(FRACTION_DIGITS);
        format.setGroupingUsed(false);
        return format.format(value);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
