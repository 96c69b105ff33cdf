package dev.brief.pictures;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

/**
 * A cover as {@link CoverPainter} composed it: marks in painting order on a {@code width} by {@code height}
 * picture, each of which knows the rows it can touch. Knowing that lets {@link BandedCover} paint only the
 * rows where text is and repeat the rest, instead of filling 16 MB of pixels for every cover.
 */
record CoverScene(int width, int height, List<Mark> marks) {
    /** The rendering hints every cover is painted with: the same brief gives the same pixels on every run. */
    static final Map<RenderingHints.Key, Object> HINTS = Map.of(
            RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON,
            RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON,
            RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON,
            RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY,
            RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);

    /** Fractional metrics and antialiased text, as {@link #HINTS} paint them: what text is measured with. */
    static final FontRenderContext TEXT_CONTEXT = new FontRenderContext(null, true, true);

    CoverScene {
        marks = List.copyOf(marks);
    }

    /** Something painted on the cover. */
    sealed interface Mark permits Fill, Text {
        /** The first row the mark may touch. */
        int top();

        /** The row after the last the mark may touch. */
        int bottom();

        void paint(Graphics2D graphics);
    }

    /** A rectangle of flat colour, on whole pixels. */
    record Fill(Color colour, int x, int y, int width, int height) implements Mark {
        @Override
        public int top() {
            return y;
        }

        @Override
        public int bottom() {
            return y + height;
        }

        /** Whether the fill covers whole rows of a picture {@code pictureWidth} wide. */
        boolean spans(int pictureWidth) {
            return x <= 0 && x + width >= pictureWidth;
        }

        @Override
        public void paint(Graphics2D graphics) {
            graphics.setColor(colour);
            graphics.fillRect(x, y, width, height);
        }
    }

    /** One line of text with its left end at {@code x} on {@code baseline}. */
    record Text(TextLayout layout, float x, float baseline, Color colour, int top, int bottom) implements Mark {
        /**
         * Antialiasing can colour a pixel beyond the bounds Java2D reports for the ink; two rows of margin
         * keep those pixels inside the rows the line is said to touch.
         */
        private static final int MARGIN = 2;

        static Text of(TextLayout layout, float x, float baseline, Color colour) {
            Rectangle ink = layout.getPixelBounds(TEXT_CONTEXT, x, baseline);
            return new Text(layout, x, baseline, colour, ink.y - MARGIN, ink.y + ink.height + MARGIN);
        }

        @Override
        public void paint(Graphics2D graphics) {
            graphics.setColor(colour);
            layout.draw(graphics, x, baseline);
        }
    }

    /** Paints the whole cover onto {@code image}, which must be at least the cover's size. */
    void paint(BufferedImage image) {
        paintRows(image, 0, height);
    }

    /**
     * Paints rows {@code from} (inclusive) to {@code to} (exclusive) of the cover onto the top of
     * {@code image}: white first, so that nothing of an earlier picture on the same image is left, then every
     * mark that touches those rows, in order.
     */
    void paintRows(BufferedImage image, int from, int to) {
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHints(HINTS);
            graphics.clipRect(0, 0, width, to - from);
            graphics.translate(0, -from);
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, from, width, to - from);
            for (Mark mark : marks) {
                if (mark.bottom() > from && mark.top() < to) {
                    mark.paint(graphics);
                }
            }
        } finally {
            graphics.dispose();
        }
    }
}
