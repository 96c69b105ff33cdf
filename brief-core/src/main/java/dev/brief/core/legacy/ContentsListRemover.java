package dev.brief.core.legacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes a printed table of contents (and lists of figures, tables or contacts set the same way): paragraphs of
 * entries with dot leaders and page numbers ({@code Introduction ......... 1}), and the heading over them when
 * nothing else stands under it. Every edition makes its own contents from the headings; the printed one points
 * at pages that no longer exist.
 */
final class ContentsListRemover {
    private static final Pattern LEADERS =
            Pattern.compile(".*(?:\\.\\s?){5,}\\s*[0-9ivxlc]+\\b.*", Pattern.CASE_INSENSITIVE);

    private ContentsListRemover() {}

    static List<LegacyBlock> remove(List<LegacyBlock> blocks, RepairLog log) {
        List<LegacyBlock> out = new ArrayList<>();
        int i = 0;
        while (i < blocks.size()) {
            LegacyBlock block = blocks.get(i);
            if (isEntries(block)) {
                log.warn(
                        block.line(),
                        "dropped these contents entries (dot leaders and page numbers): every edition"
                                + " makes its own contents",
                        "nothing to do unless the lines were text of the brief");
                i++;
                continue;
            }
            if (block.is(LegacyBlock.Kind.HEADING) && onlyEntriesUnder(blocks, i)) {
                log.warn(
                        block.line(),
                        "dropped the heading '" + Markup.plain(block.text()) + "' over a printed list" + " of contents",
                        "nothing to do unless the heading opened a section of the brief");
                i++;
                continue;
            }
            out.add(block);
            i++;
        }
        return out;
    }

    private static boolean isEntries(LegacyBlock block) {
        return (block.is(LegacyBlock.Kind.PARAGRAPH) || block.is(LegacyBlock.Kind.VERBATIM))
                && LEADERS.matcher(block.text()).matches();
    }

    /** The blocks up to the next heading are contents entries or page ends, and there is at least one entry. */
    private static boolean onlyEntriesUnder(List<LegacyBlock> blocks, int heading) {
        boolean entries = false;
        for (int j = heading + 1; j < blocks.size() && !blocks.get(j).is(LegacyBlock.Kind.HEADING); j++) {
            if (isEntries(blocks.get(j))) {
                entries = true;
            } else if (!blocks.get(j).is(LegacyBlock.Kind.RULE)) {
                return false;
            }
        }
        return entries;
    }
}
