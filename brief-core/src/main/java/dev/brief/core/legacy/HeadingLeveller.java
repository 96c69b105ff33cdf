package dev.brief.core.legacy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Gives section headings the levels the source format needs: {@code ##} for sections, one level deeper for
 * each subsection. Converters take levels from font sizes, so a brief's first sections may come out as
 * {@code ###} and later ones as {@code ##}; a heading becomes a subsection only when it is deeper than the
 * heading before it.
 */
final class HeadingLeveller {
    private HeadingLeveller() {}

    static List<LegacyBlock> level(List<LegacyBlock> blocks, RepairLog log) {
        Deque<Integer> open = new ArrayDeque<>();
        List<LegacyBlock> out = new ArrayList<>();
        for (LegacyBlock block : blocks) {
            if (!block.is(LegacyBlock.Kind.HEADING)) {
                out.add(block);
                continue;
            }
            while (!open.isEmpty() && open.peek() >= block.level()) {
                open.pop();
            }
            int level = Math.min(6, open.size() + 2);
            open.push(block.level());
            if (level != block.level()) {
                log.warn(
                        block.line(),
                        "changed this heading from level " + block.level() + " to level " + level
                                + " to fit the outline",
                        "check the heading levels of the converted source against the"
                                + " printed brief's sections and subsections");
            }
            out.add(block.withLevel(level));
        }
        return out;
    }
}
