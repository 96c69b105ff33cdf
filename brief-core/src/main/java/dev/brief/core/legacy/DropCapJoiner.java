package dev.brief.core.legacy;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts a drop cap back on its word. A converter finds the large initial of a section's first paragraph as a
 * block of its own, often a heading since its font is large, and often after the paragraph it belongs to
 * ({@code ongressional committee hearings may be …} … {@code ## C}): a block that is one capital letter goes in
 * front of the nearest paragraph, before or just after it, that starts in lower case.
 */
final class DropCapJoiner {
    private static final int REACH_BACK = 8;
    private static final int REACH_AHEAD = 2;

    private DropCapJoiner() {}

    static List<LegacyBlock> join(List<LegacyBlock> blocks, RepairLog log) {
        List<LegacyBlock> out = new ArrayList<>(blocks);
        for (int i = 0; i < out.size(); i++) {
            LegacyBlock block = out.get(i);
            String letter = Markup.plain(block.text());
            boolean initial = (block.is(LegacyBlock.Kind.HEADING) || block.is(LegacyBlock.Kind.PARAGRAPH))
                    && letter.length() == 1
                    && Character.isUpperCase(letter.charAt(0));
            int word = initial ? word(out, i) : -1;
            if (word < 0) {
                continue;
            }
            LegacyBlock paragraph = out.get(word);
            List<String> lines = new ArrayList<>(paragraph.lines());
            lines.set(0, letter + lines.get(0).stripLeading());
            out.set(word, paragraph.withLines(lines));
            out.remove(i);
            log.warn(
                    block.line(),
                    "put the drop cap '" + letter + "' back on the first word of the paragraph at line "
                            + paragraph.line(),
                    "check that the word reads whole");
            i = Math.max(-1, Math.min(i, word) - 1);
        }
        return out;
    }

    private static int word(List<LegacyBlock> blocks, int index) {
        for (int distance = 1; distance <= REACH_BACK; distance++) {
            if (distance <= REACH_AHEAD && startsLower(blocks, index + distance)) {
                return index + distance;
            }
            if (startsLower(blocks, index - distance)) {
                return index - distance;
            }
        }
        return -1;
    }

    private static boolean startsLower(List<LegacyBlock> blocks, int index) {
        return index >= 0
                && index < blocks.size()
                && blocks.get(index).is(LegacyBlock.Kind.PARAGRAPH)
                && Character.isLowerCase(blocks.get(index).text().codePointAt(0));
    }
}
