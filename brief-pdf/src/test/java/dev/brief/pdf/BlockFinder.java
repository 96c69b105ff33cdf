package dev.brief.pdf;

import dev.brief.core.model.Block;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Note;
import dev.brief.core.model.Section;
import java.util.ArrayList;
import java.util.List;

/** Every block of a brief, nested ones included, depth first in source order. */
final class BlockFinder {
    private BlockFinder() {}

    static List<Block> all(Brief brief) {
        List<Block> all = new ArrayList<>();
        add(brief.lead(), all);
        for (Section section : brief.allSections()) {
            add(section.blocks(), all);
        }
        for (Note note : brief.notes()) {
            add(note.blocks(), all);
        }
        return all;
    }

    private static void add(List<Block> blocks, List<Block> into) {
        for (Block block : blocks) {
            into.add(block);
            if (block instanceof Block.ListBlock) {
                ((Block.ListBlock) block).items().forEach(item -> add(item.blocks(), into));
            } else if (block instanceof Block.Quote) {
                add(((Block.Quote) block).blocks(), into);
            } else if (block instanceof Block.AboutBox) {
                add(((Block.AboutBox) block).blocks(), into);
            }
        }
    }
}
