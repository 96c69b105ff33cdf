package dev.brief.pdf.text;

/**
 * What a line costs in Knuth and Plass's model, with TeX's default parameters: its badness grows
 * with the cube of how far its spaces stretch or shrink; its demerits add the penalty of its
 * break, and extra demerits when two hyphenated lines follow each other, when the second-last
 * line is hyphenated, and when a tight line follows a loose one (or the reverse).
 */
final class LineCost {
    private static final double LINE_PENALTY = 10;
    private static final double DOUBLE_HYPHEN_DEMERITS = 10_000;
    private static final double FINAL_HYPHEN_DEMERITS = 5_000;
    /** The most that the fitness classes of two lines in a row add to their demerits. */
    static final double ADJACENT_FITNESS_DEMERITS = 10_000;

    private static final double INFINITE_BADNESS = 10_000;

    private LineCost() {}

    static double badness(double ratio) {
        if (ratio == Double.POSITIVE_INFINITY) {
            return INFINITE_BADNESS;
        }
        double r = Math.abs(ratio);
        return Math.min(INFINITE_BADNESS, 100 * r * r * r);
    }

    /** TeX's fitness classes: 0 very loose, 1 loose, 2 decent, 3 tight. */
    static int fitness(double ratio) {
        if (ratio < -0.5) {
            return 3;
        }
        if (ratio <= 0.5) {
            return 2;
        }
        return ratio <= 1 ? 1 : 0;
    }

    /**
     * @param previousFlagged whether the line before ended at a flagged (hyphen) break
     * @param previousFitness the fitness class of the line before
     * @param end the item the line breaks at
     * @param last whether that is the paragraph's final break
     */
    static double demerits(
            boolean previousFlagged, int previousFitness, Item end, boolean last, double badness, int fitness) {
        double demerits = (LINE_PENALTY + badness) * (LINE_PENALTY + badness);
        if (end.isPenalty() && !end.isForcedBreak()) {
            double penalty = end.penalty();
            demerits += penalty >= 0 ? penalty * penalty : -penalty * penalty;
        }
        if (end.isPenalty() && end.flagged() && previousFlagged) {
            demerits += DOUBLE_HYPHEN_DEMERITS;
        }
        if (last && previousFlagged) {
            demerits += FINAL_HYPHEN_DEMERITS;
        }
        if (Math.abs(fitness - previousFitness) > 1) {
            demerits += ADJACENT_FITNESS_DEMERITS;
        }
        return demerits;
    }
}
