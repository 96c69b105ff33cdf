package dev.brief.pdf.layout;

import dev.brief.pdf.tag.StructureNode;

/**
 * Where blocks are being set: the structure element they belong to, the measure, the text style, whether
 * lines are justified (main column) or ragged (the narrow side column), and the enclosing heading level.
 */
record Frame(StructureNode parent, float width, TextStyle text, boolean justify, float paragraphSpace, int level) {
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
