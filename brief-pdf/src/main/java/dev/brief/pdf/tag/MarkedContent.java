package dev.brief.pdf.tag;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * An open marked-content sequence: the only way to paint. Closing it writes EMC. Coordinates are PDF user
 * space (origin bottom left, points). Consecutive pieces of text share one text object (BT … ET), each placed
 * by setting the text matrix; the object ends before any other painting and before EMC, so it never spans two
 * sequences.
 */
public final class MarkedContent implements AutoCloseable {
    private final PageCanvas canvas;
    private final PDPageContentStream stream;
    private final GraphicsStateTracker state;
    private boolean closed;
    private boolean inText;

    MarkedContent(PageCanvas canvas, PDPageContentStream stream, GraphicsStateTracker state) {
        this.canvas = canvas;
        this.stream = stream;
        this.state = state;
    }

    /** Shows text with its baseline origin at (x, y). */
    public void text(PDFont font, float size, Color color, float x, float y, String text) {
        check();
        try {
            state.font(font, size);
            state.fill(color);
            if (inText) {
                // Absolute, not a relative Td: summed offsets drift by rounding, enough to move a glyph that
                // sits on a pixel boundary when rendered.
                stream.setTextMatrix(Matrix.getTranslateInstance(x, y));
            } else {
                stream.beginText();
                inText = true;
                stream.newLineAtOffset(x, y);
            }
            stream.showText(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void fillRectangle(Color color, float x, float y, float width, float height) {
        check();
        try {
            endText();
            state.fill(color);
            stream.addRect(x, y, width, height);
            stream.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void line(Color color, float lineWidth, float x1, float y1, float x2, float y2) {
        check();
        try {
            endText();
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
            endText();
            stream.drawImage(image, x, y, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void endText() throws IOException {
        if (inText) {
            stream.endText();
            inText = false;
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
            try {
                endText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            closed = true;
            canvas.closed(this);
        }
    }
}
