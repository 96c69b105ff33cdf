package dev.brief.core.legacy;

import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds a table whose rows a converter split: a header row of pipe cells stands alone, and a row below it
 * comes as its first cell on a line of its own followed by a pipe row of the other cells, one cell short of the
 * header (the first cell wrapped, so its runs were not on the row's baseline). Rows with every cell and parts
 * of the table the converter did lay out go on the table as they are; the first block that fits none of these
 * ends it. Without at least one split row there is nothing to mend and the blocks stay as they came.
 */
final class SplitRowRejoiner {
    /** A first cell is a label, not a paragraph of text. */
    private static final int MAX_CELL_WORDS = 16;

    private SplitRowRejoiner() {}

    static List<LegacyBlock> rejoin(List<LegacyBlock> blocks, RepairLog log) {
        List<LegacyBlock> out = new ArrayList<>(blocks);
        for (int i = 0; i < out.size(); i++) {
            int width = isLoneRow(out.get(i)) ? cells(out.get(i).lines().get(0)).size() : 0;
            if (width < 3) {
                continue;
            }
            List<String> rows = new ArrayList<>();
            rows.add(out.get(i).lines().get(0).strip());
            int split = 0;
            int j = i + 1;
            while (j < out.size()) {
                LegacyBlock block = out.get(j);
                if (isLoneRow(block) && cells(block.lines().get(0)).size() == width) {
                    rows.add(block.lines().get(0).strip());
                    j++;
                } else if (isTable(block) && block.lines().stream().filter(line -> !isDelimiter(line))
                        .allMatch(line -> cells(line).size() == width)) {
                    block.lines().stream().filter(line -> !isDelimiter(line)).map(String::strip).forEach(rows::add);
                    j++;
                } else if (isFirstCell(block) && j + 1 < out.size() && isLoneRow(out.get(j + 1))
                        && cells(out.get(j + 1).lines().get(0)).size() == width - 1) {
                    rows.add("| " + block.text().replace("|", "\\|") + " " + out.get(j + 1).lines().get(0).strip());
                    split++;
                    j += 2;
                } else {
                    break;
                }
            }
            if (split == 0) {
                continue;
            }
            List<String> lines = new ArrayList<>();
            lines.add(rows.get(0));
            lines.add("|" + " --- |".repeat(width));
            lines.addAll(rows.subList(1, rows.size()));
            log.warn(out.get(i).line(), "rebuilt this table from the lines after it: the converter had split " + split
                    + (split == 1 ? " row" : " rows") + " into the first cell on its own line and a row of the other"
                    + " cells", "check the table's rows against the printed table; a row it could not rebuild follows"
                    + " the table as text");
            LegacyBlock table = out.get(i).withLines(lines);
            out.subList(i, j).clear();
            out.add(i, table);
        }
        return out;
    }

    /** A pipe row standing alone: one line, no delimiter row under it. */
    private static boolean isLoneRow(LegacyBlock block) {
        return block.is(LegacyBlock.Kind.VERBATIM) && block.lines().size() == 1 && isRow(block.lines().get(0));
    }

    private static boolean isTable(LegacyBlock block) {
        return block.is(LegacyBlock.Kind.VERBATIM) && block.lines().size() >= 2 && isRow(block.lines().get(0))
                && isDelimiter(block.lines().get(1));
    }

    private static boolean isFirstCell(LegacyBlock block) {
        return block.is(LegacyBlock.Kind.PARAGRAPH) && block.lines().size() == 1
                && block.wordCount() <= MAX_CELL_WORDS && !block.text().startsWith("|");
    }

    private static boolean isRow(String line) {
        String stripped = line.strip();
        return stripped.startsWith("|") && stripped.endsWith("|") && stripped.length() > 1;
    }

    private static boolean isDelimiter(String line) {
        return line.strip().matches("\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?");
    }

    /** The cells of a pipe row; an escaped pipe is text inside a cell. */
    private static List<String> cells(String row) {
        String inner = row.strip().replaceAll("^\\||(?<!\\\\)\\|$", "");
        return List.of(inner.split("(?<!\\\\)\\|", -1));
    }
}
