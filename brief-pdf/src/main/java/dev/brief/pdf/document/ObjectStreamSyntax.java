package dev.brief.pdf.document;

import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

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
        if (value instanceof COSArray array) {
            array(array);
        } else if (value instanceof COSDictionary dictionary) {
            dictionary(dictionary);
        } else if (CosSyntax.simple(out, value)) {
            out.write(' ');
        } else {
            throw new IOException("cannot write " + value + " in an object stream");
        }
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
