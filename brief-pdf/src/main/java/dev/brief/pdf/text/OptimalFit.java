package dev.brief.pdf.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Knuth and Plass's total-fit line breaking ("Breaking Paragraphs into Lines", 1981): among all
 * ways to break the items into lines no line of which is overfull, the one with the least total
 * demerits ({@link LineCost}). Looseness is 0. Active breaks are kept per fitness class and per
 * line number while lines differ in width, which keeps the search exact.
 */
final class OptimalFit {
    private final List<Item> items;
    private final LineWidths widths;
    private final double extraStretch;
    private final double[] sumWidth;
    private final double[] sumStretch;
    private final double[] sumShrink;
    private final int[] sumFill;

    /**
     * @param extraStretch stretch counted at the end of every line when judging it: the
     *     ragged-right margin, plus TeX's emergency stretch in the last passes (so that among
     *     very loose lines the less loose still win)
     */
    OptimalFit(List<Item> items, LineWidths widths, double extraStretch) {
        this.items = items;
        this.widths = widths;
        this.extraStretch = extraStretch;
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

    /** A chosen break: item index, and the node it follows. */
    record Break(int position, int line, int fitness, boolean flagged, int after, double demerits,
            Break previous) {}

    /**
     * The item indices of the best breaks (the last is the final forced break), or null when no
     * breaks within {@code tolerance} exist.
     *
     * @param tolerance the largest badness a line may have ({@code Double.POSITIVE_INFINITY}
     *     accepts any line that is not overfull)
     */
    int[] breaks(double tolerance) {
        List<Break> active = new ArrayList<>();
        active.add(new Break(-1, 0, 2, false, 0, 0, null));
        // The best new break per line class and fitness class at the breakpoint being tried.
        Break[] bestByClass = new Break[(widths.uniformFrom() + 1) * 4];
        Break best = null;
        int last = items.size() - 1;
        for (int b = 0; b <= last && !active.isEmpty(); b++) {
            if (!isBreakpoint(b)) {
                continue;
            }
            tryBreak(b, active, tolerance, bestByClass);
            // New breaks join the active list after the old ones, by line class, then fitness class.
            for (int slot = 0; slot < bestByClass.length; slot++) {
                Break found = bestByClass[slot];
                if (found != null) {
                    active.add(found);
                    if (b == last && (best == null || found.demerits() < best.demerits())) {
                        best = found;
                    }
                    bestByClass[slot] = null;
                }
            }
        }
        if (best == null) {
            return null;
        }
        int count = 0;
        for (Break node = best; node.previous() != null; node = node.previous()) {
            count++;
        }
        int[] positions = new int[count];
        for (Break node = best; node.previous() != null; node = node.previous()) {
            positions[--count] = node.position();
        }
        return positions;
    }

    /**
     * The total demerits of breaking at exactly {@code positions} (the last being the final
     * break), or infinity when one of its lines is overfull, worse than {@code tolerance}, or
     * passes over a forced break. The search of {@link #breaks} must never do worse than this.
     */
    double demeritsOf(int[] positions, double tolerance) {
        Break from = new Break(-1, 0, 2, false, 0, 0, null);
        for (int b : positions) {
            for (int k = from.after(); k < b; k++) {
                if (items.get(k).isForcedBreak()) {
                    return Double.POSITIVE_INFINITY;
                }
            }
            double ratio = ratio(from.after(), b, widths.width(from.line()), extraStretch);
            if (!isBreakpoint(b) || ratio < -1 || LineCost.badness(ratio) > tolerance) {
                return Double.POSITIVE_INFINITY;
            }
            Item item = items.get(b);
            int fitness = LineCost.fitness(ratio);
            boolean last = b == items.size() - 1;
            double demerits = from.demerits() + LineCost.demerits(from.flagged(), from.fitness(),
                    item, last, LineCost.badness(ratio), fitness);
            from = new Break(b, from.line() + 1, fitness, item.isPenalty() && item.flagged(),
                    after(b), demerits, from);
        }
        return from.demerits();
    }

    boolean isBreakpoint(int b) {
        Item item = items.get(b);
        if (item.isGlue()) {
            return item.breakable() && b > 0 && items.get(b - 1).isBox();
        }
        return item.isPenalty() && item.penalty() < Item.INFINITE;
    }

    /**
     * Tries every active break as the start of a line ending at {@code b}: keeps in {@code bestByClass}
     * the best new break per class, and drops from {@code active}, keeping the order of the rest, the
     * breaks whose line would be overfull, and all of them at a forced break.
     */
    private void tryBreak(int b, List<Break> active, double tolerance, Break[] bestByClass) {
        Item item = items.get(b);
        boolean forced = item.isForcedBreak();
        boolean last = b == items.size() - 1;
        int classes = widths.uniformFrom() + 1;
        int kept = 0;
        for (int i = 0, size = active.size(); i < size; i++) {
            Break from = active.get(i);
            double ratio = ratio(from.after(), b, widths.width(from.line()), extraStretch);
            if (!(ratio < -1) && !forced) {
                active.set(kept++, from);
            }
            if (ratio < -1) {
                continue;
            }
            double badness = LineCost.badness(ratio);
            if (badness > tolerance) {
                continue;
            }
            int fitness = LineCost.fitness(ratio);
            double demerits = from.demerits()
                    + LineCost.demerits(from.flagged(), from.fitness(), item, last, badness, fitness);
            int slot = Math.min(from.line() + 1, classes - 1) * 4 + fitness;
            Break current = bestByClass[slot];
            if (current == null || demerits < current.demerits()) {
                bestByClass[slot] = new Break(b, from.line() + 1, fitness,
                        item.isPenalty() && item.flagged(), after(b), demerits, from);
            }
        }
        active.subList(kept, active.size()).clear();
    }

    /**
     * How far the glue of the line from item {@code start} to the break at item {@code b} must
     * stretch (> 0) or shrink (< 0) to fill {@code lineWidth}, counting only the glue itself: what
     * setting the line needs.
     */
    double ratio(int start, int b, double lineWidth) {
        return ratio(start, b, lineWidth, 0);
    }

    private double ratio(int start, int b, double lineWidth, double extra) {
        Item end = items.get(b);
        double natural = sumWidth[b] - sumWidth[start] + (end.isPenalty() ? end.width() : 0);
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

    /** The first item of the line after a break at {@code b}: glue and penalties after it go. */
    int after(int b) {
        int k = b + 1;
        while (k < items.size()) {
            Item item = items.get(k);
            if (item.isBox() || item.isForcedBreak()) {
                break;
            }
            k++;
        }
        return k;
    }
}
