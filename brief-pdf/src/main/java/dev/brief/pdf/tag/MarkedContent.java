package dev.brief.pdf.tag;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * An open marked-content sequence: the only way to paint. Closing it writes EMC. Coordinates are PDF user
 * space (origin bottom left, points).
 */
public final class MarkedContent implements AutoCloseable {
    private final PageCanvas canvas;
    private final PDPageContentStream stream;
    private boolean closed;

    MarkedContent(PageCanvas canvas, PDPageContentStream stream) {
        this.canvas = canvas;
        this.stream = stream;
    }

    /** Shows text with its baseline origin at (x, y). */
    public void text(PDFont font, float size, Color color, float x, float y, String text) {
        check();
        try {
            stream.beginText();
            stream.setFont(font, size);
            stream.setNonStrokingColor(color);
            stream.newLineAtOffset(x, y);
            stream.showText(text);
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void fillRectangle(Color color, float x, float y, float width, float height) {
        check();
        try {
            stream.setNonStrokingColor(color);
            stream.addRect(x, y, width, height);
            stream.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void line(Color color, float lineWidth, float x1, float y1, float x2, float y2) {
        check();
        try {
            stream.setStrokingColor(color);
            stream.setLineWidth(lineWidth);
            stream.moveTo(x1, y1);
            stream.lineTo(x2, y2);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void image(PDImageXObject image, float x, float y, float width, float height) {
        check();
        try {
            stream.drawImage(image, x, y, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void check() {
        if (closed) {
            throw new IllegalStateException("drawing after the marked-content sequence was closed");
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            canvas.closed(this);
        }
    }
}
