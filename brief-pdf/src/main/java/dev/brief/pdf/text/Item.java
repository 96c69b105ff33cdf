package dev.brief.pdf.text;

/**
 * One element of Knuth and Plass's box–glue–penalty model of a paragraph. Every item knows the
 * characters {@code [start, end)} of the paragraph it stands for and the run they belong to.
 *
 * @param wordStart for boxes and in-word penalties, the start of the whole word (for the
 *     {@code /ActualText} of a hyphenated word); otherwise -1
 */
record Item(
        Kind kind,
        int run,
        int start,
        int end,
        double width,
        double stretch,
        double shrink,
        boolean fill,
        boolean breakable,
        int penalty,
        boolean flagged,
        boolean addsHyphen,
        boolean emergency,
        int wordStart,
        int wordEnd) {

    /** Penalties at or above this never break; at or below its negation always break. */
    static final int INFINITE = 10_000;

    enum Kind {
        BOX,
        GLUE,
        PENALTY
    }

    static Item box(int run, int start, int end, double width, int wordStart, int wordEnd) {
        return new Item(
                Kind.BOX, run, start, end, width, 0, 0, false, false, 0, false, false, false, wordStart, wordEnd);
    }

    static Item glue(int run, int start, int end, double width, double stretch, double shrink, boolean breakable) {
        return new Item(
                Kind.GLUE, run, start, end, width, stretch, shrink, false, breakable, 0, false, false, false, -1, -1);
    }

    /** Glue that takes up all the room left on a line: last lines and lines before a forced break. */
    static Item fill(int run, int at) {
        return new Item(Kind.GLUE, run, at, at, 0, 0, 0, true, false, 0, false, false, false, -1, -1);
    }

    static Item forcedBreak(int run, int start, int end) {
        return new Item(Kind.PENALTY, run, start, end, 0, 0, 0, false, true, -INFINITE, false, false, false, -1, -1);
    }

    static Item penalty(
            int run,
            int at,
            double width,
            int penalty,
            boolean flagged,
            boolean addsHyphen,
            boolean emergency,
            int wordStart,
            int wordEnd) {
        return new Item(
                Kind.PENALTY,
                run,
                at,
                at,
                width,
                0,
                0,
                false,
                true,
                penalty,
                flagged,
                addsHyphen,
                emergency,
                wordStart,
                wordEnd);
    }

    boolean isBox() {
        return kind == Kind.BOX;
    }

    boolean isGlue() {
        return kind == Kind.GLUE;
    }

    boolean isPenalty() {
        return kind == Kind.PENALTY;
    }

    boolean isForcedBreak() {
        return kind == Kind.PENALTY && penalty <= -INFINITE;
    }
}
