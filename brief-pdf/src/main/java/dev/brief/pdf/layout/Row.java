package dev.brief.pdf.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal slice of a column that is never split: a line of text, a figure, a table row. Page breaks
 * fall between rows; {@code keepWithPrevious} and {@code keepWithNext} forbid a break on that side (widows,
 * orphans, headings). {@code spaceBefore} is dropped at the top of a column. A row with {@code aside} rows is a
 * marker: the aside (pull quote, about box) is set in the side column where the marker falls.
 */
final class Row {
    final float height;
    final float spaceBefore;
    boolean keepWithPrevious;
    boolean keepWithNext;
    /** Set at the foot of the page when it fits there (the colophon). */
    boolean bottomOfPage;
    /** For a table body row: the header rows, as artifacts, to repeat when this row opens a page. */
    List<Row> repeatedHeader = List.of();

    final List<Mark> marks = new ArrayList<>();
    final List<Row> aside;

    Row(float height, float spaceBefore) {
        this(height, spaceBefore, null);
    }

    private Row(float height, float spaceBefore, List<Row> aside) {
        this.height = height;
        this.spaceBefore = spaceBefore;
        this.aside = aside;
    }

    static Row asideMarker(List<Row> aside) {
        return new Row(0, 0, List.copyOf(aside));
    }

    boolean isAsideMarker() {
        return aside != null;
    }

    Row add(Mark mark) {
        marks.add(mark);
        return this;
    }

    /** Moves the row's marks right by {@code dx}, for indented blocks. */
    Row shifted(float dx) {
        Row shifted = new Row(height, spaceBefore, aside);
        shifted.keepWithPrevious = keepWithPrevious;
        shifted.keepWithNext = keepWithNext;
        for (Mark mark : marks) {
            shifted.marks.add(Translation.right(mark, dx));
        }
        return shifted;
    }

    static float totalHeight(List<Row> rows) {
        float total = 0;
        for (int i = 0; i < rows.size(); i++) {
            total += rows.get(i).height + (i == 0 ? 0 : rows.get(i).spaceBefore);
        }
        return total;
    }
}
