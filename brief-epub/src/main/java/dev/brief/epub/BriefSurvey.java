package dev.brief.epub;

import dev.brief.core.model.Block;
import dev.brief.core.model.Brief;
import dev.brief.core.model.BriefWalker;

/**
 * What a brief contains that its accessibility metadata must speak of: informative figures (which make the
 * publication visual and call for text alternatives), tables, endnotes and sections. Counted from the model,
 * so the claims follow what the book really has.
 */
record BriefSurvey(int informativeFigures, int tables, int notes, int sections) {

    /** Counts blocks wherever they stand, nested in lists, quotes and the about box included. */
    static BriefSurvey of(Brief brief) {
        int figures = 0;
        int tables = 0;
        for (Block block : BriefWalker.blocks(brief)) {
            if (block instanceof Block.Figure figure && !figure.decorative()) {
                figures++;
            }
            if (block instanceof Block.Table) {
                tables++;
            }
        }
        return new BriefSurvey(
                figures, tables, brief.notes().size(), brief.allSections().size());
    }

    boolean hasFigures() {
        return informativeFigures > 0;
    }
}
