package dev.brief.pdf.tag;

import dev.brief.pdf.text.SubsetFont;
import java.awt.Color;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * An open marked-content sequence: the only way to paint. Closing it writes EMC. Coordinates are PDF user
 * space (origin bottom left, points). Consecutive pieces of text share one text object (BT … ET), each placed
 * by setting the text matrix, except spaces that follow on where the text before them ends ({@link
 * PendingText}); the object ends before any other painting and before EMC, so it never spans two sequences.
 */
public final class MarkedContent implements AutoCloseable {
    private final PageCanvas canvas;
    private final ContentStreamWriter writer;
    private final GraphicsStateTracker state;
    private final PageResources resources;
    private final PendingText shown = new PendingText();
    private boolean closed;
    private boolean inText;

    MarkedContent(PageCanvas canvas, ContentStreamWriter writer, GraphicsStateTracker state,
            PageResources resources) {
        this.canvas = canvas;
        this.writer = writer;
        this.state = state;
        this.resources = resources;
    }

    /** Shows text with its baseline origin at (x, y). */
    public void text(SubsetFont font, float size, Color color, float x, float y, String text) {
        check();
        if (shown.continuesWith(font, size, color, x, y, text)) {
            shown.extend(font, size, text);
            return;
        }
        shown.flush(writer);
        state.font(font, size);
        state.fill(color);
        if (inText) {
            // Absolute, not a relative Td: summed offsets drift by rounding, enough to move a glyph that
            // sits on a pixel boundary when rendered.
            writer.textPosition(x, y);
        } else {
            writer.beginText();
            inText = true;
            writer.moveText(x, y);
        }
        shown.start(font, size, color, x, y, text);
    }

    public void fillRectangle(Color color, float x, float y, float width, float height) {
        check();
        endText();
        state.fill(color);
        writer.fillRectangle(x, y, width, height);
    }

    public void line(Color color, float lineWidth, float x1, float y1, float x2, float y2) {
        check();
        endText();
        writer.strokeColor(color);
        writer.lineWidth(lineWidth);
        writer.line(x1, y1, x2, y2);
    }

    public void image(PDImageXObject image, float x, float y, float width, float height) {
        check();
        endText();
        writer.image(resources.image(image), x, y, width, height);
    }

    private void endText() {
        shown.flush(writer);
        if (inText) {
            writer.endText();
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
            endText();
            closed = true;
            canvas.closed(this);
        }
    }
}
