package dev.brief.pdf.layout;

import dev.brief.pdf.tag.StructureNode;

/**
 * Where blocks are being set: the structure element they belong to, the measure, the text style, whether
 * lines are justified (main column) or ragged (the narrow side column), and the enclosing heading level.
 */
record Frame(StructureNode parent, float width, TextStyle text, boolean justify, float paragraphSpace, int level) {
    /** The narrowest measure deep nesting may leave; deeper lists and quotes stop indenting. */
    static final float MINIMUM_MEASURE = 72;

    /** The indent a nested block gets: as wanted, unless that would leave less than the minimum measure. */
    float indent(float wanted) {
        return Math.max(0, Math.min(wanted, width - MINIMUM_MEASURE));
    }

    Frame within(StructureNode other) {
        return new Frame(other, width, text, justify, paragraphSpace, level);
    }

    Frame narrower(StructureNode other, float by) {
        return new Frame(other, width - by, text, justify, paragraphSpace, level);
    }

    Frame atLevel(StructureNode other, int headingLevel) {
        return new Frame(other, width, text, justify, paragraphSpace, headingLevel);
    }
}
