package dev.brief.pdf.tag;

import dev.brief.pdf.output.StreamCompressor;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * The one place that writes PDF operators (ISO 32000-1 8.2, 9.4, 14.6): a page's content stream, collected in
 * memory and stored Flate-compressed into the page's stream when the page is done. Operands are PDFBox's COS
 * objects and operators PDFBox's, written by PDFBox's own content stream writer, so no PDF syntax is spelled out
 * here. {@code PDPageContentStream} does not serve: its text operators encode strings through a {@code PDFont},
 * while our fonts are subsets built as they are drawn and shaped text shows glyph ids, and it puts every
 * marked-content property list in the page's resources rather than inline. Callers keep operators in valid
 * order (text-showing only between BT and ET): {@link MarkedContent} and {@link PageCanvas} do.
 */
final class ContentStreamWriter {
    private static final COSName SPAN = COSName.getPDFName("Span");
    private static final COSName ACTUAL_TEXT = COSName.getPDFName("ActualText");
    private final Bytes bytes = new Bytes();
    private final org.apache.pdfbox.pdfwriter.ContentStreamWriter out =
            new org.apache.pdfbox.pdfwriter.ContentStreamWriter(bytes);
    private boolean fillSpaceSet;
    private boolean strokeSpaceSet;

    /** BDC with an inline property list holding only the MCID. */
    void beginMarkedContent(COSName tag, int mcid) {
        COSDictionary properties = new COSDictionary();
        properties.setInt(COSName.MCID, mcid);
        write(OperatorName.BEGIN_MARKED_CONTENT_SEQ, tag, properties);
    }

    /** BDC with a property list named in the page's /Properties resources. */
    void beginMarkedContent(COSName tag, COSName properties) {
        write(OperatorName.BEGIN_MARKED_CONTENT_SEQ, tag, properties);
    }

    /**
     * BDC of a Span whose property list carries /ActualText (ISO 32000-1 14.9.4): the text that replaces the
     * glyphs inside it when they are read, as a text string.
     */
    void beginActualText(String text) {
        COSDictionary properties = new COSDictionary();
        properties.setItem(ACTUAL_TEXT, new COSString(text));
        write(OperatorName.BEGIN_MARKED_CONTENT_SEQ, SPAN, properties);
    }

    void endMarkedContent() {
        write(OperatorName.END_MARKED_CONTENT);
    }

    void beginText() {
        write(OperatorName.BEGIN_TEXT);
    }

    void endText() {
        write(OperatorName.END_TEXT);
    }

    void font(COSName resource, float size) {
        write(OperatorName.SET_FONT_AND_SIZE, resource, number(size));
    }

    /** Td: moves to the start of the next line, offset from the start of the current one. */
    void moveText(float x, float y) {
        write(OperatorName.MOVE_TEXT, number(x), number(y));
    }

    /** Tm with a translation only: places the next text at (x, y), whatever came before. */
    void textPosition(float x, float y) {
        write(
                OperatorName.SET_MATRIX,
                COSInteger.ONE,
                COSInteger.ZERO,
                COSInteger.ZERO,
                COSInteger.ONE,
                number(x),
                number(y));
    }

    /** Tj: shows the glyphs of {@code codes[0, length)}. */
    void showText(byte[] codes, int length) {
        write(OperatorName.SHOW_TEXT, new COSString(Arrays.copyOf(codes, length)));
    }

    /**
     * TJ: shows glyphs two bytes each, {@code codes[0, 2 * count)}, with {@code adjustments[g]} (thousandths of
     * text space, subtracted from the position) before glyph {@code g}; zero adjustments are left out.
     */
    void showGlyphs(byte[] codes, int count, float[] adjustments) {
        COSArray shown = new COSArray();
        int from = 0;
        for (int g = 1; g <= count; g++) {
            if (g == count || adjustments[g] != 0) {
                shown.add(new COSString(Arrays.copyOfRange(codes, 2 * from, 2 * g)));
                if (g < count) {
                    shown.add(number(adjustments[g]));
                }
                from = g;
            }
        }
        write(OperatorName.SHOW_TEXT_ADJUSTED, shown);
    }

    /** The fill colour in DeviceRGB; the colour space is set once, on first use. */
    void fillColor(Color color) {
        if (!fillSpaceSet) {
            write(OperatorName.NON_STROKING_COLORSPACE, COSName.DEVICERGB);
            fillSpaceSet = true;
        }
        write(OperatorName.NON_STROKING_COLOR, rgb(color));
    }

    void strokeColor(Color color) {
        if (!strokeSpaceSet) {
            write(OperatorName.STROKING_COLORSPACE, COSName.DEVICERGB);
            strokeSpaceSet = true;
        }
        write(OperatorName.STROKING_COLOR, rgb(color));
    }

    void lineWidth(float width) {
        write(OperatorName.SET_LINE_WIDTH, number(width));
    }

    void line(float x1, float y1, float x2, float y2) {
        write(OperatorName.MOVE_TO, number(x1), number(y1));
        write(OperatorName.LINE_TO, number(x2), number(y2));
        write(OperatorName.STROKE_PATH);
    }

    void fillRectangle(float x, float y, float width, float height) {
        write(OperatorName.APPEND_RECT, number(x), number(y), number(width), number(height));
        write(OperatorName.FILL_NON_ZERO);
    }

    /** Paints an image XObject scaled into the rectangle, inside q/Q so the scaling goes no further. */
    void image(COSName resource, float x, float y, float width, float height) {
        write(OperatorName.SAVE);
        write(
                OperatorName.CONCAT,
                number(width),
                COSInteger.ZERO,
                COSInteger.ZERO,
                number(height),
                number(x),
                number(y));
        write(OperatorName.DRAW_OBJECT, resource);
        write(OperatorName.RESTORE);
    }

    /** Stores what was written as the stream's data, Flate-compressed. */
    void writeTo(PDStream stream) throws IOException {
        StreamCompressor.store(stream.getCOSObject(), bytes.data(), bytes.size());
    }

    /** The operands, then the operator, on a line of their own. */
    private void write(String operator, COSBase... operands) {
        try {
            for (COSBase operand : operands) {
                out.writeToken(operand);
            }
            out.writeTokens(Operator.getOperator(operator));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen: the content stream is written to memory", e);
        }
    }

    private static COSBase[] rgb(Color color) {
        return new COSBase[] {
            number(color.getRed() / 255f), number(color.getGreen() / 255f), number(color.getBlue() / 255f)
        };
    }

    /** A whole number as an integer (the common case: positions on the grid), else as a real. */
    private static COSBase number(float value) {
        if (!Float.isFinite(value)) {
            throw new IllegalArgumentException(value + " is not a finite number");
        }
        int whole = (int) value;
        return whole == value ? COSInteger.get(whole) : new COSFloat(value);
    }

    /**
     * The stream's bytes so far, readable without a copy. Not a {@code ByteArrayOutputStream}: PDFBox writes
     * a content stream a byte or a token at a time, and that class takes a lock on every write.
     */
    private static final class Bytes extends OutputStream {
        private byte[] buffer = new byte[32 * 1024];
        private int size;

        @Override
        public void write(int b) {
            if (size == buffer.length) {
                buffer = Arrays.copyOf(buffer, 2 * buffer.length);
            }
            buffer[size++] = (byte) b;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            if (size + length > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(2 * buffer.length, size + length));
            }
            System.arraycopy(bytes, offset, buffer, size, length);
            size += length;
        }

        byte[] data() {
            return buffer;
        }

        int size() {
            return size;
        }
    }
}
