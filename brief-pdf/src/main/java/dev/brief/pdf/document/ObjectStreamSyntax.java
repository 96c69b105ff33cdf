package dev.brief.pdf.document;

import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSString;

/**
 * Objects as PDFBox 3.0's {@code COSWriterObjectStream} serialises them into an object stream: every token
 * followed by one space, no line breaks, and any numbered object other than the one being written as a
 * reference.
 */
final class ObjectStreamSyntax {
    private final ObjectNumbers numbers;
    private final ByteSink out = new ByteSink(1 << 14);

    ObjectStreamSyntax(ObjectNumbers numbers) {
        this.numbers = numbers;
    }

    /** Appends one numbered object itself (not a reference to it). */
    void object(COSBase object) throws IOException {
        if (object instanceof COSArray) {
            array((COSArray) object);
        } else if (object instanceof COSDictionary) {
            dictionary((COSDictionary) object);
        } else {
            value(object);
        }
    }

    int size() {
        return out.size();
    }

    byte[] array() {
        return out.array();
    }

    private void value(COSBase value) throws IOException {
        long number = numbers.number(value);
        if (number >= 0) {
            out.decimal(number);
            out.ascii(" 0 R ");
            return;
        }
        if (value instanceof COSName) {
            CosSyntax.name(out, (COSName) value);
        } else if (value instanceof COSString) {
            CosSyntax.string(out, (COSString) value);
        } else if (value instanceof COSInteger) {
            out.decimal(((COSInteger) value).longValue());
        } else if (value instanceof COSFloat) {
            ((COSFloat) value).writePDF(out);
        } else if (value instanceof COSBoolean) {
            out.ascii(((COSBoolean) value).getValue() ? "true" : "false");
        } else if (value instanceof COSArray) {
            array((COSArray) value);
            return;
        } else if (value instanceof COSDictionary) {
            dictionary((COSDictionary) value);
            return;
        } else if (value instanceof COSNull) {
            out.ascii("null");
        } else {
            throw new IOException("cannot write " + value + " in an object stream");
        }
        out.write(' ');
    }

    private void array(COSArray array) throws IOException {
        out.write('[');
        for (COSBase element : array) {
            if (element == null) {
                out.ascii("null ");
            } else {
                value(element);
            }
        }
        out.write(']');
        out.write(' ');
    }

    private void dictionary(COSDictionary dictionary) throws IOException {
        out.write('<');
        out.write('<');
        for (Map.Entry<COSName, COSBase> item : dictionary.entrySet()) {
            if (item.getValue() != null) {
                CosSyntax.name(out, item.getKey());
                out.write(' ');
                value(item.getValue());
            }
        }
        out.write('>');
        out.write('>');
        out.write(' ');
    }
}
