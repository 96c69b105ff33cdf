package dev.brief.pdf.text;

import java.util.List;

/**
 * The running totals of a paragraph's items (width, stretch, shrink, infinite glue), so that the width of any
 * line from one item to another, and how far its glue must stretch or shrink, take two subtractions each: the
 * optimal-fit search asks that for every pair of active break and breakpoint.
 */
final class LineSums {
    private final double[] sumWidth;
    private final double[] sumStretch;
    private final double[] sumShrink;
    private final int[] sumFill;

    LineSums(List<Item> items) {
        int n = items.size();
        sumWidth = new double[n + 1];
        sumStretch = new double[n + 1];
        sumShrink = new double[n + 1];
        sumFill = new int[n + 1];
        for (int i = 0; i < n; i++) {
            Item item = items.get(i);
            boolean counts = !item.isPenalty();
            sumWidth[i + 1] = sumWidth[i] + (counts ? item.width() : 0);
            sumStretch[i + 1] = sumStretch[i] + item.stretch();
            sumShrink[i + 1] = sumShrink[i] + item.shrink();
            sumFill[i + 1] = sumFill[i] + (item.fill() ? 1 : 0);
        }
    }

    /**
     * How far the glue of the line from item {@code start} to the break at item {@code b} must stretch (> 0) or
     * shrink (< 0) to fill {@code lineWidth}, with {@code endWidth} for the break item itself and {@code extra}
     * stretch counted at the line's end; infinite when it cannot.
     */
    double ratio(int start, int b, double endWidth, double lineWidth, double extra) {
        double natural = sumWidth[b] - sumWidth[start] + endWidth;
        if (natural < lineWidth) {
            if (sumFill[b] - sumFill[start] > 0) {
                return 0;
            }
            double stretch = sumStretch[b] - sumStretch[start] + extra;
            return stretch > 0 ? (lineWidth - natural) / stretch : Double.POSITIVE_INFINITY;
        }
        if (natural > lineWidth) {
            double shrink = sumShrink[b] - sumShrink[start];
            return shrink > 0 ? (lineWidth - natural) / shrink : Double.NEGATIVE_INFINITY;
        }
        return 0;
    }
}
