package dev.brief.pdf.layout;

/**
 * The page grid: a narrow side column (summary, pull quotes, about box) at the start side of the main column,
 * on the left for a left-to-right brief and on the right for a right-to-left one (see {@link Mirror}); the
 * front matter, running heads and page numbers span both. All values in points; y measured from the page top.
 */
record Geometry(float pageWidth, float pageHeight, Mirror mirror) {
    static final float MARGIN_OUTER = 50;
    static final float MARGIN_TOP = 70;
    static final float MARGIN_BOTTOM = 64;
    static final float SIDE_WIDTH = 146;
    static final float GUTTER = 24;

    float sideX() {
        return fullX() + mirror.x(0, SIDE_WIDTH, fullWidth());
    }

    float sideWidth() {
        return SIDE_WIDTH;
    }

    float mainX() {
        return fullX() + mirror.x(SIDE_WIDTH + GUTTER, mainWidth(), fullWidth());
    }

    float mainWidth() {
        return pageWidth - MARGIN_OUTER - (MARGIN_OUTER + SIDE_WIDTH + GUTTER);
    }

    /** The left edge of what spans both columns: the front matter, the running heads. */
    float fullX() {
        return MARGIN_OUTER;
    }

    float fullWidth() {
        return pageWidth - 2 * MARGIN_OUTER;
    }

    float fullRight() {
        return pageWidth - MARGIN_OUTER;
    }

    float top() {
        return MARGIN_TOP;
    }

    float bottom() {
        return pageHeight - MARGIN_BOTTOM;
    }
}
