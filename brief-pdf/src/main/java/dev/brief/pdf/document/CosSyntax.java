package dev.brief.pdf.document;

import java.io.IOException;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSString;

/**
 * Simple values, names and strings among them, in PDF syntax (ISO 32000-1 7.3) exactly as PDFBox 3.0 writes them
 * ({@code COSName.writePDF}, {@code COSWriter.writeString}), but into a {@link ByteSink} in one pass instead of
 * a locked stream call per byte.
 */
final class CosSyntax {
    private static final byte[] HEX = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B', 'C', 'D', 'E',
        'F'};
    /** The bytes PDFBox writes in a name as they are; every other byte becomes #xx. */
    private static final boolean[] PLAIN_IN_NAME = new boolean[256];

    static {
        for (int c = 0; c < 256; c++) {
            PLAIN_IN_NAME[c] = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                    || "+-_@*$;.".indexOf(c) >= 0;
        }
    }

    private CosSyntax() {}

    /**
     * Writes a name, string, number, boolean or null, with nothing after it, the same at the top level and in
     * an object stream; returns false, having written nothing, for any other value.
     */
    static boolean simple(ByteSink out, COSBase value) throws IOException {
        if (value instanceof COSName name) {
            name(out, name);
        } else if (value instanceof COSString string) {
            string(out, string);
        } else if (value instanceof COSInteger integer) {
            out.decimal(integer.longValue());
        } else if (value instanceof COSFloat number) {
            number.writePDF(out);
        } else if (value instanceof COSBoolean bool) {
            out.ascii(bool.getValue() ? "true" : "false");
        } else if (value instanceof COSNull) {
            out.ascii("null");
        } else {
            return false;
        }
        return true;
    }

    /** The name with its solidus, no space after it. */
    static void name(ByteSink out, COSName name) {
        byte[] bytes = name.getBytes();
        byte[] into = out.room(1 + bytes.length * 3);
        int at = out.size();
        into[at++] = '/';
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (PLAIN_IN_NAME[c]) {
                into[at++] = b;
            } else {
                into[at++] = '#';
                into[at++] = HEX[c >> 4];
                into[at++] = HEX[c & 0xF];
            }
        }
        out.grownTo(at);
    }

    /**
     * The string, no space after it: literal when every byte is ASCII and none ends a line (escaping only
     * parentheses and backslashes), hexadecimal otherwise or when the string asks for it.
     */
    static void string(ByteSink out, COSString string) {
        byte[] bytes = string.getBytes();
        boolean literal = !string.getForceHexForm();
        for (int i = 0; literal && i < bytes.length; i++) {
            literal = bytes[i] >= 0 && bytes[i] != '\r' && bytes[i] != '\n';
        }
        if (literal) {
            out.write('(');
            for (byte b : bytes) {
                if (b == '(' || b == ')' || b == '\\') {
                    out.write('\\');
                }
                out.write(b);
            }
            out.write(')');
        } else {
            out.write('<');
            for (byte b : bytes) {
                out.write(HEX[(b >> 4) & 0xF]);
                out.write(HEX[b & 0xF]);
            }
            out.write('>');
        }
    }
}
