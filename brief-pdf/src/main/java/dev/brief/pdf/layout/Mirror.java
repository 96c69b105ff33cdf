package dev.brief.pdf.layout;

import dev.brief.core.language.TextDirection;

/**
 * The inline axis of the page grid in the brief's base direction. Layouters measure every horizontal position
 * they choose themselves (an indent, a list label, a rule beside a quotation, a table column, the side column)
 * from the <em>start</em> edge of the box they fill, and ask this for the left edge that gives on the page: the
 * same value for a left-to-right brief, its mirror image for a right-to-left one. Mirroring a box rather than
 * a point keeps a box of text the same width on the other side, and keeps lines of text set by the paragraph
 * setter whole: how the glyphs of one line sit inside the line's measure (ragged, justified, visually ordered)
 * is the paragraph setter's business, never mirrored again here.
 *
 * <p>Only x changes with the direction: rows, marks and their owners are made in the same order, so the
 * structure tree, the content-stream order and the reading order of a right-to-left brief are those of the
 * same brief set left to right.
 */
record Mirror(TextDirection direction) {
    boolean rightToLeft() {
        return direction.isRightToLeft();
    }

    /**
     * The left edge of a box {@code width} wide that starts {@code fromStart} after the start edge of a box
     * {@code within} wide, measured from that outer box's left edge.
     */
    float x(float fromStart, float width, float within) {
        return rightToLeft() ? within - fromStart - width : fromStart;
    }

    /** Where a line with no width (a vertical rule) {@code fromStart} after the start edge falls. */
    float point(float fromStart, float within) {
        return x(fromStart, 0, within);
    }

    /**
     * How far to move content that was set to the measure {@code within - indent} so that it is indented by
     * {@code indent} from the start edge: by the indent left to right, not at all right to left (the indent is
     * then on the right, past the end of the narrower measure).
     */
    float indent(float indent, float within) {
        return x(indent, within - indent, within);
    }
}
