package dev.brief.pdf.layout;

/**
 * The page grid: a narrow side column on the left (summary, pull quotes, about box) beside the main column.
 * All values in points; y measured from the page top.
 */
record Geometry(float pageWidth, float pageHeight) {
    static final float MARGIN_OUTER = 50;
    static final float MARGIN_TOP = 70;
    static final float MARGIN_BOTTOM = 64;
    static final float SIDE_WIDTH = 146;
    static final float GUTTER = 24;

    float sideX() {
        return MARGIN_OUTER;
    }

    float sideWidth() {
        return SIDE_WIDTH;
    }

    float mainX() {
        return MARGIN_OUTER + SIDE_WIDTH + GUTTER;
    }

    float mainWidth() {
        return pageWidth - MARGIN_OUTER - mainX();
    }

    float fullWidth() {
        return pageWidth - 2 * MARGIN_OUTER;
    }

    float top() {
        return MARGIN_TOP;
    }

    float bottom() {
        return pageHeight - MARGIN_BOTTOM;
    }
}
