package dev.brief.pdf.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Makes rows out of lines set side by side, as a table row's cells are. A row that fits on a page stays one
 * unbreakable row; a row taller than a page is cut into bands at every height that no line of any cell
 * straddles, so the paginator can continue it on the next page between two lines. The bands keep the marks'
 * owners, so each cell stays one structure element whose content spans the pages.
 */
final class RowBands {
    /** A line of a cell at its place in the row: left edge and top, from the row's top left corner. */
    record PlacedLine(Row line, float x, float top) {
        float bottom() {
            return top + line.height;
        }
    }

    private RowBands() {}

    static Row whole(List<PlacedLine> lines, float height, float spaceBefore) {
        return cut(lines, height, spaceBefore, new float[] {0}).get(0);
    }

    static List<Row> betweenLines(List<PlacedLine> lines, float height, float spaceBefore) {
        float contentBottom = 0;
        for (PlacedLine line : lines) {
            contentBottom = Math.max(contentBottom, line.bottom());
        }
        TreeSet<Float> cuts = new TreeSet<>();
        for (PlacedLine candidate : lines) {
            float cut = candidate.bottom();
            if (cut < contentBottom && lines.stream().noneMatch(line -> line.top() < cut && cut < line.bottom())) {
                cuts.add(cut);
            }
        }
        float[] tops = new float[cuts.size() + 1];
        int i = 1;
        for (float cut : cuts) {
            tops[i++] = cut;
        }
        return cut(lines, height, spaceBefore, tops);
    }

    /** One row per band; band {@code i} starts at {@code tops[i]} and ends where the next starts. */
    private static List<Row> cut(List<PlacedLine> lines, float height, float spaceBefore, float[] tops) {
        List<Row> bands = new ArrayList<>();
        for (int i = 0; i < tops.length; i++) {
            float bottom = i + 1 < tops.length ? tops[i + 1] : height;
            bands.add(new Row(bottom - tops[i], i == 0 ? spaceBefore : 0));
        }
        for (PlacedLine line : lines) {
            int band = bandOf(tops, line.top());
            for (Mark mark : line.line().marks) {
                bands.get(band).add(Translation.by(mark, line.x(), line.top() - tops[band]));
            }
        }
        return bands;
    }

    /** The last band starting at or above {@code top}. */
    private static int bandOf(float[] tops, float top) {
        int band = 0;
        while (band + 1 < tops.length && tops[band + 1] <= top) {
            band++;
        }
        return band;
    }
}
