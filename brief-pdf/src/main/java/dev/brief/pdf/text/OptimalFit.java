package dev.brief.pdf.text;

import java.util.Arrays;
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
    private final LineSums sums;

    /**
     * @param extraStretch stretch counted at the end of every line when judging it: the
     *     ragged-right margin, plus TeX's emergency stretch in the last passes (so that among
     *     very loose lines the less loose still win)
     */
    OptimalFit(List<Item> items, LineWidths widths, double extraStretch) {
        this.items = items;
        this.widths = widths;
        this.extraStretch = extraStretch;
        this.sums = new LineSums(items);
    }

    private OptimalFit(OptimalFit other, double extraStretch) {
        this.items = other.items;
        this.widths = other.widths;
        this.extraStretch = extraStretch;
        this.sums = other.sums;
    }

    /** The same items and widths judged with another extra stretch (the sums depend on neither). */
    OptimalFit withExtraStretch(double extraStretch) {
        return new OptimalFit(this, extraStretch);
    }

    /** A chosen break: item index, and the node it follows. */
    record Break(int position, int line, int fitness, boolean flagged, int after, double demerits, Break previous) {}

    /**
     * The item indices of the best breaks (the last is the final forced break), or null when no
     * breaks within {@code tolerance} exist.
     *
     * @param tolerance the largest badness a line may have ({@code Double.POSITIVE_INFINITY}
     *     accepts any line that is not overfull)
     */
    int[] breaks(double tolerance) {
        Break best = search(items.size(), tolerance);
        if (best == null || best == DIED) {
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
     * Whether the search within {@code tolerance} runs out of active breaks at a breakpoint before item
     * {@code limit}: then no way of breaking the whole paragraph exists, whatever items follow, because the
     * search up to there reads only the items up to the next box after each breakpoint. The items must be
     * final up to the first box at or after {@code limit}.
     */
    boolean failsBefore(int limit, double tolerance) {
        return search(limit, tolerance) == DIED;
    }

    /** What {@link #search} returns when no break stays active. */
    private static final Break DIED = new Break(-1, 0, 0, false, 0, 0, null);

    /**
     * Tries the breakpoints before item {@code limit}; returns the best final break (when {@code limit} takes
     * in the last item), {@link #DIED} when no break stays active, or null.
     */
    private Break search(int limit, double tolerance) {
        // The active breaks in order, in an array rather than a list: this is the innermost loop.
        Break[] active = new Break[16];
        active[0] = new Break(-1, 0, 2, false, 0, 0, null);
        int activeCount = 1;
        int classes = widths.uniformFrom() + 1;
        // The best line ending at the breakpoint being tried, per line class and fitness class of the
        // new break: the break it starts from and its total demerits.
        Break[] bestFrom = new Break[classes * 4];
        double[] bestDemerits = new double[classes * 4];
        Break best = null;
        int last = items.size() - 1;
        for (int b = 0; b < limit && activeCount > 0; b++) {
            if (!isBreakpoint(b)) {
                continue;
            }
            activeCount = tryBreak(b, active, activeCount, tolerance, bestFrom, bestDemerits);
            Item item = items.get(b);
            boolean flagged = item.isPenalty() && item.flagged();
            int after = after(b);
            // New breaks join the active list after the old ones, by line class, then fitness class.
            for (int lineClass = 0; lineClass < classes; lineClass++) {
                double least = Double.POSITIVE_INFINITY;
                int present = 0;
                for (int slot = lineClass * 4; slot < lineClass * 4 + 4; slot++) {
                    if (bestFrom[slot] != null) {
                        least = Math.min(least, bestDemerits[slot]);
                        present |= 1 << slot % 4;
                    }
                }
                for (int slot = lineClass * 4; slot < lineClass * 4 + 4; slot++) {
                    Break from = bestFrom[slot];
                    if (from == null) {
                        continue;
                    }
                    Break found = new Break(b, from.line() + 1, slot % 4, flagged, after, bestDemerits[slot], from);
                    if (b == last && (best == null || found.demerits() < best.demerits())) {
                        best = found;
                    }
                    if (!dominated(found.demerits(), least)
                            && !outclassed(slot % 4, present, bestDemerits, lineClass * 4)) {
                        if (activeCount == active.length) {
                            active = Arrays.copyOf(active, activeCount * 2);
                        }
                        active[activeCount++] = found;
                    }
                    bestFrom[slot] = null;
                }
            }
        }
        return best == null && activeCount == 0 ? DIED : best;
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
            double ratio = sums.ratio(from.after(), b, endWidth(items.get(b)), widths.width(from.line()), extraStretch);
            if (!isBreakpoint(b) || ratio < -1 || LineCost.badness(ratio) > tolerance) {
                return Double.POSITIVE_INFINITY;
            }
            Item item = items.get(b);
            int fitness = LineCost.fitness(ratio);
            boolean last = b == items.size() - 1;
            double demerits = from.demerits()
                    + LineCost.demerits(from.flagged(), from.fitness(), item, last, LineCost.badness(ratio), fitness);
            from = new Break(b, from.line() + 1, fitness, item.isPenalty() && item.flagged(), after(b), demerits, from);
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
     * Whether a new break can never start a line that wins: another break at the same place and in the
     * same line class starts the same lines at the same cost, except that the fitness classes of the two may
     * meet the next line's differently, which costs at most {@link LineCost#ADJACENT_FITNESS_DEMERITS}. A
     * break dearer than the cheapest there by more than that loses every comparison it would enter, strictly,
     * so leaving it out of the active list changes no result; it saves most of the work of the passes without a
     * tolerance, where every line that is not overfull is a candidate. The margin covers rounding: a sum of
     * n lines' demerits is off by at most n × 2^-53 of itself, far less than a billionth for any paragraph.
     */
    private static boolean dominated(double demerits, double least) {
        return demerits > least + LineCost.ADJACENT_FITNESS_DEMERITS + 1 + least * 1e-9;
    }

    /**
     * The same, with no margin but rounding's, for a very loose (0) or tight (3) new break beside a cheaper
     * loose (1) or decent (2) one at the same place and line class: every next line whose fitness class meets
     * the outer class without extra demerits meets the inner one without them too, so the outer break cannot
     * gain on the inner one, and being dearer it loses every comparison. {@code present} has a bit per fitness
     * class with a new break; {@code base} is the line class's first slot.
     */
    private static boolean outclassed(int fitness, int present, double[] demerits, int base) {
        int inner = fitness == 0 ? 1 : fitness == 3 ? 2 : -1;
        if (inner < 0 || (present & 1 << inner) == 0) {
            return false;
        }
        double rival = demerits[base + inner];
        return demerits[base + fitness] > rival + 1 + rival * 1e-9;
    }

    /**
     * Tries every active break as the start of a line ending at {@code b}: keeps in {@code bestFrom} and
     * {@code bestDemerits} the best start per class of the new break, and drops from the first
     * {@code activeCount} of {@code active}, keeping the order of the rest, the breaks whose line would be
     * overfull, and all of them at a forced break. Returns how many stay active.
     */
    private int tryBreak(
            int b, Break[] active, int activeCount, double tolerance, Break[] bestFrom, double[] bestDemerits) {
        Item item = items.get(b);
        boolean forced = item.isForcedBreak();
        boolean last = b == items.size() - 1;
        int classes = widths.uniformFrom() + 1;
        double endWidth = endWidth(item);
        int kept = 0;
        for (int i = 0; i < activeCount; i++) {
            Break from = active[i];
            double ratio = sums.ratio(from.after(), b, endWidth, widths.width(from.line()), extraStretch);
            if (ratio < -1) {
                continue;
            }
            if (!forced) {
                active[kept++] = from;
            }
            double badness = LineCost.badness(ratio);
            if (badness > tolerance) {
                continue;
            }
            int fitness = LineCost.fitness(ratio);
            double demerits =
                    from.demerits() + LineCost.demerits(from.flagged(), from.fitness(), item, last, badness, fitness);
            int slot = Math.min(from.line() + 1, classes - 1) * 4 + fitness;
            if (bestFrom[slot] == null || demerits < bestDemerits[slot]) {
                bestFrom[slot] = from;
                bestDemerits[slot] = demerits;
            }
        }
        Arrays.fill(active, kept, activeCount, null);
        return kept;
    }

    /**
     * How far the glue of the line from item {@code start} to the break at item {@code b} must
     * stretch (> 0) or shrink (< 0) to fill {@code lineWidth}, counting only the glue itself: what
     * setting the line needs.
     */
    double ratio(int start, int b, double lineWidth) {
        return sums.ratio(start, b, endWidth(items.get(b)), lineWidth, 0);
    }

    /** What the break item itself adds to its line: a penalty's width (a hyphen), glue nothing. */
    private static double endWidth(Item end) {
        return end.isPenalty() ? end.width() : 0;
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
