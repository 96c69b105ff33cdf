package dev.brief.pdf.tag;

import dev.brief.pdf.fonts.SubsetFont;
import dev.brief.pdf.text.GlyphRun;
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

    MarkedContent(PageCanvas canvas, ContentStreamWriter writer, GraphicsStateTracker state, PageResources resources) {
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

    /**
     * Shows a run of positioned glyphs (shaped text) with the run's origin at (x, y): one TJ per stretch of glyphs
     * on one rise, each glyph moved from where the font's own advance leaves it to where shaping put it.
     */
    public void glyphs(SubsetFont font, float size, Color color, float x, float y, GlyphRun run) {
        check();
        shown.flush(writer);
        state.font(font, size);
        state.fill(color);
        if (!inText) {
            writer.beginText();
            inText = true;
        }
        byte[] codes = font.encode(run.glyphs(), run.characters());
        int count = run.glyphs().length;
        int from = 0;
        while (from < count) {
            int to = from + 1;
            while (to < count && run.y()[to] == run.y()[from]) {
                to++;
            }
            writer.textPosition(x + run.x()[from], y + run.y()[from]);
            float[] adjustments = new float[to - from];
            float pen = run.x()[from];
            for (int g = from; g < to; g++) {
                if (g > from) {
                    adjustments[g - from] = Math.round((pen - run.x()[g]) * 1000f / size * 100f) / 100f;
                    pen = run.x()[g];
                }
                pen += font.advance(run.glyphs()[g]) * size / 1000f;
            }
            writer.showGlyphs(java.util.Arrays.copyOfRange(codes, 2 * from, 2 * to), to - from, adjustments);
            from = to;
        }
    }

    /**
     * Opens a Span with /ActualText inside this sequence: what it draws is read as {@code text} (ISO 32000-1
     * 14.9.4), for shaped and reordered glyphs whose order and number differ from the characters'.
     */
    public ActualText actualText(String text) {
        check();
        endText();
        writer.beginActualText(text);
        return new ActualText();
    }

    /** An open /ActualText span; closing it writes EMC. */
    public final class ActualText implements AutoCloseable {
        private boolean ended;

        private ActualText() {}

        @Override
        public void close() {
            if (!ended) {
                endText();
                writer.endMarkedContent();
                ended = true;
            }
        }
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
