package dev.brief.pdf.text;

/**
 * The width of each line of a paragraph: {@code firstWidth} for the first {@code firstLines} lines
 * (text beside a figure or a drop-in box), {@code width} after them.
 */
public record LineWidths(float firstWidth, int firstLines, float width) {
    public LineWidths {
        if (!(width > 0) || !(firstWidth > 0) || firstLines < 0) {
            throw new IllegalArgumentException(
                    "widths must be positive: " + firstWidth + ", " + firstLines + ", " + width);
        }
    }

    /** Every line the same width. */
    public static LineWidths uniform(float width) {
        return new LineWidths(width, 0, width);
    }

    /** The width of line {@code index} (from 0). */
    public float width(int index) {
        return index < firstLines ? firstWidth : width;
    }

    float narrowest() {
        return firstLines > 0 ? Math.min(firstWidth, width) : width;
    }

    /** Lines from this index on all have the same width. */
    int uniformFrom() {
        return firstLines;
    }
}
