package dev.brief.pdf.layout;

/**
 * Where blocks are being set: the measure, the text style, whether lines are justified (main column) or ragged
 * (the narrow side column), the space before a paragraph, and the enclosing heading level.
 */
record Frame(float width, TextStyle text, boolean justify, float paragraphSpace, int level) {
    /** The narrowest measure deep nesting may leave; deeper lists and quotes stop indenting. */
    static final float MINIMUM_MEASURE = 72;

    /** The indent a nested block gets: as wanted, unless that would leave less than the minimum measure. */
    float indent(float wanted) {
        return Math.max(0, Math.min(wanted, width - MINIMUM_MEASURE));
    }

    Frame narrower(float by) {
        return new Frame(width - by, text, justify, paragraphSpace, level);
    }

    Frame atLevel(int headingLevel) {
        return new Frame(width, text, justify, paragraphSpace, headingLevel);
    }
}
