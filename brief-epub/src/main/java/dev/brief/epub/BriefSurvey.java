package dev.brief.epub;

import dev.brief.core.model.Block;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Note;
import dev.brief.core.model.Section;
import java.util.List;

/**
 * What a brief contains that its accessibility metadata must speak of: informative figures (which make the
 * publication visual and call for text alternatives), tables, endnotes and sections. Counted from the model,
 * so the claims follow what the book really has.
 */
record BriefSurvey(int informativeFigures, int tables, int notes, int sections) {

    static BriefSurvey of(Brief brief) {
        Counter counter = new Counter();
        counter.blocks(brief.lead());
        for (Section section : brief.allSections()) {
            counter.blocks(section.blocks());
        }
        for (Note note : brief.notes()) {
            counter.blocks(note.blocks());
        }
        return new BriefSurvey(counter.figures, counter.tables, brief.notes().size(), brief.allSections().size());
    }

    boolean hasFigures() {
        return informativeFigures > 0;
    }

    /** Walks every block, including blocks nested in lists, quotes and the about box. */
    private static final class Counter implements Block.Visitor<Void> {
        private int figures;
        private int tables;

        void blocks(List<Block> blocks) {
            for (Block block : blocks) {
                block.accept(this);
            }
        }

        @Override
        public Void paragraph(Block.Paragraph paragraph) {
            return null;
        }

        @Override
        public Void list(Block.ListBlock list) {
            for (Block.ListItem item : list.items()) {
                blocks(item.blocks());
            }
            return null;
        }

        @Override
        public Void quote(Block.Quote quote) {
            blocks(quote.blocks());
            return null;
        }

        @Override
        public Void figure(Block.Figure figure) {
            if (!figure.decorative()) {
                figures++;
            }
            return null;
        }

        @Override
        public Void table(Block.Table table) {
            tables++;
            return null;
        }

        @Override
        public Void pullQuote(Block.PullQuote pullQuote) {
            return null;
        }

        @Override
        public Void aboutBox(Block.AboutBox aboutBox) {
            blocks(aboutBox.blocks());
            return null;
        }
    }
}
