package dev.brief.pdf.document;

import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

/**
 * The values of top-level objects (the catalog, stream dictionaries) as PDFBox 3.0's {@code COSWriter} writes
 * them: each dictionary entry on a line of its own, arrays broken after every tenth element, dictionaries and
 * arrays not marked direct as references to their numbers.
 */
final class TopLevelSyntax {
    private final ObjectNumbers numbers;
    private final ByteSink out;

    TopLevelSyntax(ObjectNumbers numbers, ByteSink out) {
        this.numbers = numbers;
        this.out = out;
    }

    /** A dictionary (a stream's too), array or simple value, as PDFBox's {@code COSWriter} visits it. */
    void value(COSBase value) throws IOException {
        if (value instanceof COSDictionary) {
            dictionary((COSDictionary) value);
        } else if (value instanceof COSArray) {
            array((COSArray) value);
        } else {
            simple(value);
        }
    }

    private void dictionary(COSDictionary dictionary) throws IOException {
        out.write('<');
        out.write('<');
        out.endOfLine();
        for (Map.Entry<COSName, COSBase> item : dictionary.entrySet()) {
            COSBase value = item.getValue();
            if (value == null) {
                continue;
            }
            CosSyntax.name(out, item.getKey());
            out.write(' ');
            if (value instanceof COSDictionary) {
                COSDictionary inner = (COSDictionary) value;
                // PDFBox marks these direct while writing; the same, for the same bytes.
                directUnlessKey(inner, COSName.XOBJECT, item.getKey());
                directUnlessKey(inner, COSName.RESOURCES, item.getKey());
                nested(inner);
            } else if (value instanceof COSArray) {
                nested(value);
            } else {
                simple(value);
            }
            out.endOfLine();
        }
        out.write('>');
        out.write('>');
        out.endOfLine();
    }

    private static void directUnlessKey(COSDictionary dictionary, COSName name, COSName key) {
        COSBase item = dictionary.getItem(name);
        if (item != null && !name.equals(key)) {
            item.setDirect(true);
        }
    }

    private void array(COSArray array) throws IOException {
        out.write('[');
        int count = 0;
        int size = array.size();
        for (COSBase element : array) {
            if (element instanceof COSDictionary || element instanceof COSArray) {
                nested(element);
            } else if (element == null) {
                out.ascii("null");
            } else {
                simple(element);
            }
            count++;
            if (count < size) {
                if (count % 10 == 0) {
                    out.endOfLine();
                } else {
                    out.write(' ');
                }
            }
        }
        out.write(']');
        out.endOfLine();
    }

    /** A dictionary or array inside another: written out when marked direct, otherwise as a reference. */
    private void nested(COSBase value) throws IOException {
        if (!value.isDirect()) {
            reference(value);
        } else if (value instanceof COSDictionary dictionary) {
            dictionary(dictionary);
        } else {
            array((COSArray) value);
        }
    }

    private void reference(COSBase object) {
        long number = numbers.number(object);
        if (number < 0) {
            throw new IllegalStateException("an indirect object that was not numbered: " + object);
        }
        out.decimal(number);
        out.ascii(" 0 R");
    }

    /** Names, strings, numbers, booleans and null, with nothing after them. */
    private void simple(COSBase value) throws IOException {
        if (!CosSyntax.simple(out, value)) {
            throw new IOException("cannot write " + value);
        }
    }
}
