package dev.brief.core.legacy;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins a table a page break cut in two. The second part repeats the header row (as printed tables do on each
 * page) and may have the page's end, a running head or a masthead line between it and the first part: the parts
 * are one table, the repeated header is dropped, and the short blocks between move after the table.
 */
final class TableJoiner {
    /** How many blocks (page ends, running heads, a masthead line) may stand between the two parts. */
    private static final int MAX_BETWEEN = 3;

    private static final int MAX_WORDS_BETWEEN = 16;

    private TableJoiner() {}

    static List<LegacyBlock> join(List<LegacyBlock> blocks, RepairLog log) {
        List<LegacyBlock> out = new ArrayList<>(blocks);
        int i = 0;
        while (i < out.size()) {
            LegacyBlock first = out.get(i);
            int second = isTable(first) ? secondPart(out, i) : -1;
            if (second < 0) {
                i++;
                continue;
            }
            LegacyBlock rest = out.get(second);
            List<String> lines = new ArrayList<>(first.lines());
            lines.addAll(rest.lines().subList(2, rest.lines().size()));
            List<LegacyBlock> between = new ArrayList<>(out.subList(i + 1, second));
            out.set(i, first.withLines(lines));
            out.subList(i + 1, second + 1).clear();
            out.addAll(i + 1, between);
            log.warn(
                    rest.line(),
                    "joined this table to the one at line " + first.line() + ": a page break had cut it"
                            + " (its repeated header row is dropped"
                            + (between.stream().anyMatch(b -> !isPageEnd(b))
                                    ? ", and the block between the parts now follows the table)"
                                    : ")"),
                    "check that the rows read in order as one table");
            // stay on the joined table: a third page may continue it
        }
        return out;
    }

    /** The index of a table within reach that repeats the header of the table at {@code index}, or -1. */
    private static int secondPart(List<LegacyBlock> blocks, int index) {
        List<String> header = blocks.get(index).lines().subList(0, 2);
        for (int j = index + 1; j < blocks.size() && j - index <= MAX_BETWEEN + 1; j++) {
            LegacyBlock candidate = blocks.get(j);
            if (isTable(candidate)) {
                return sameRow(candidate.lines().get(0), header.get(0)) ? j : -1;
            }
            if (!isPageEnd(candidate)
                    && !(candidate.lines().size() == 1
                            && candidate.wordCount() <= MAX_WORDS_BETWEEN
                            && (candidate.is(LegacyBlock.Kind.PARAGRAPH) || candidate.is(LegacyBlock.Kind.HEADING)))) {
                return -1;
            }
        }
        return -1;
    }

    /** A pipe table with its delimiter row: a header, then {@code |---|}. */
    private static boolean isTable(LegacyBlock block) {
        return block.is(LegacyBlock.Kind.VERBATIM)
                && block.lines().size() >= 2
                && block.lines().get(0).strip().startsWith("|")
                && block.lines().get(1).strip().matches("\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?");
    }

    private static boolean isPageEnd(LegacyBlock block) {
        return block.is(LegacyBlock.Kind.RULE);
    }

    private static boolean sameRow(String one, String other) {
        return cells(one).equals(cells(other));
    }

    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        for (String cell : row.strip().replaceAll("^\\||\\|$", "").split("\\|")) {
            cells.add(Markup.plain(cell).toLowerCase(java.util.Locale.ROOT));
        }
        return cells;
    }
}
