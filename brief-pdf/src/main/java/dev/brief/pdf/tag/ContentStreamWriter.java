package dev.brief.pdf.tag;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * The one place that writes PDF operators (ISO 32000-1 8.2, 9.4, 14.6): a page's content stream, collected in
 * memory ({@link ContentBytes}) and stored Flate-compressed into the page's stream when the page is done.
 * Operators are written as PDFBox's {@code PDPageContentStream} writes them, without its bookkeeping per
 * operator (resource look-ups, font and colour-space stacks, a stream written a byte at a time), which was a
 * large part of drawing a page. Callers keep operators in valid order (text-showing only between BT and ET):
 * {@link MarkedContent} and {@link PageCanvas} do.
 */
final class ContentStreamWriter {
    private final ContentBytes out = new ContentBytes();
    private boolean fillSpaceSet;
    private boolean strokeSpaceSet;

    /** BDC with an inline property list holding only the MCID. */
    void beginMarkedContent(COSName tag, int mcid) {
        out.name(tag);
        out.ascii("<</MCID ");
        out.ascii(Integer.toString(mcid));
        out.ascii(">> ");
        out.operator("BDC");
    }

    /** BDC with a property list named in the page's /Properties resources. */
    void beginMarkedContent(COSName tag, COSName properties) {
        out.name(tag);
        out.name(properties);
        out.operator("BDC");
    }

    /**
     * BDC of a Span whose property list carries /ActualText (ISO 32000-1 14.9.4): the text that replaces the
     * glyphs inside it when they are read, as a UTF-16BE string with its byte order mark.
     */
    void beginActualText(String text) {
        out.name(COSName.getPDFName("Span"));
        out.ascii("<</ActualText ");
        byte[] utf16 = text.getBytes(java.nio.charset.StandardCharsets.UTF_16);
        out.string(utf16, utf16.length);
        out.ascii(">> ");
        out.operator("BDC");
    }

    void endMarkedContent() {
        out.operator("EMC");
    }

    void beginText() {
        out.operator("BT");
    }

    void endText() {
        out.operator("ET");
    }

    void font(COSName resource, float size) {
        out.name(resource);
        out.number(size);
        out.operator("Tf");
    }

    /** Td: moves to the start of the next line, offset from the start of the current one. */
    void moveText(float x, float y) {
        out.number(x);
        out.number(y);
        out.operator("Td");
    }

    /** Tm with a translation only: places the next text at (x, y), whatever came before. */
    void textPosition(float x, float y) {
        out.ascii("1 0 0 1 ");
        out.number(x);
        out.number(y);
        out.operator("Tm");
    }

    /** Tj: shows the glyphs of {@code codes[0, length)}. */
    void showText(byte[] codes, int length) {
        out.string(codes, length);
        out.operator("Tj");
    }

    /**
     * TJ: shows glyphs two bytes each, {@code codes[0, 2 * count)}, with {@code adjustments[g]} (thousandths of
     * text space, subtracted from the position) before glyph {@code g}; zero adjustments are left out.
     */
    void showGlyphs(byte[] codes, int count, float[] adjustments) {
        out.ascii("[");
        int from = 0;
        for (int g = 1; g <= count; g++) {
            if (g == count || adjustments[g] != 0) {
                out.string(java.util.Arrays.copyOfRange(codes, 2 * from, 2 * g), 2 * (g - from));
                if (g < count) {
                    out.number(adjustments[g]);
                }
                from = g;
            }
        }
        out.ascii("] ");
        out.operator("TJ");
    }

    /** The fill colour in DeviceRGB; the colour space is set once, on first use. */
    void fillColor(Color color) {
        if (!fillSpaceSet) {
            out.name(COSName.DEVICERGB);
            out.operator("cs");
            fillSpaceSet = true;
        }
        rgb(color);
        out.operator("sc");
    }

    void strokeColor(Color color) {
        if (!strokeSpaceSet) {
            out.name(COSName.DEVICERGB);
            out.operator("CS");
            strokeSpaceSet = true;
        }
        rgb(color);
        out.operator("SC");
    }

    void lineWidth(float width) {
        out.number(width);
        out.operator("w");
    }

    void line(float x1, float y1, float x2, float y2) {
        out.number(x1);
        out.number(y1);
        out.operator("m");
        out.number(x2);
        out.number(y2);
        out.operator("l");
        out.operator("S");
    }

    void fillRectangle(float x, float y, float width, float height) {
        out.number(x);
        out.number(y);
        out.number(width);
        out.number(height);
        out.operator("re");
        out.operator("f");
    }

    /** Paints an image XObject scaled into the rectangle, inside q/Q so the scaling goes no further. */
    void image(COSName resource, float x, float y, float width, float height) {
        out.operator("q");
        out.number(width);
        out.number(0);
        out.number(0);
        out.number(height);
        out.number(x);
        out.number(y);
        out.operator("cm");
        out.name(resource);
        out.operator("Do");
        out.operator("Q");
    }

    /** Stores what was written as the stream's data, Flate-compressed. */
    void writeTo(PDStream stream) throws IOException {
        out.writeTo(stream.getCOSObject());
    }

    private void rgb(Color color) {
        out.number(color.getRed() / 255f);
        out.number(color.getGreen() / 255f);
        out.number(color.getBlue() / 255f);
    }
}
