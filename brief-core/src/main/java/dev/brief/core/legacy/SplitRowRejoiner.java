package dev.brief.core.legacy;

import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds a table whose rows a converter split. A row may come as its first cell on a line of its own followed by
 * a pipe row of the other cells, one cell short of the header (the first cell wrapped, so its runs were not on the
 * row's baseline); or a row's last cell wrapped and its rest is a plain line under the row, before the next row or
 * starting in lower case once the table had such a row (a sentence a table interrupted goes on in lower case too,
 * and stays text). Rows with every cell, parts of the table the converter did lay out (its header read as
 * a row) and page ends between them go on the table; the first block that fits none of these ends it. Without a
 * split or wrapped row there is nothing to mend and the blocks stay as they came.
 */
final class SplitRowRejoiner {
    /** A first cell is a label, not a paragraph of text. */
    private static final int MAX_CELL_WORDS = 16;
    /** The rest of a wrapped cell is a few lines of a narrow column, not a paragraph of text. */
    private static final int MAX_WRAPPED_WORDS = 30;
    /** The lines a row one cell short may have under it: a wrapped cell and the missing last cell. */
    private static final int MAX_SHORT_ROW_LINES = 3;

    private SplitRowRejoiner() {}

    static List<LegacyBlock> rejoin(List<LegacyBlock> blocks, RepairLog log) {
        List<LegacyBlock> out = new ArrayList<>(blocks);
        for (int i = 0; i < out.size(); i++) {
            LegacyBlock first = out.get(i);
            int width = isLoneRow(first) || isTable(first)
                    ? cells(first.lines().get(0)).size()
                    : 0;
            if (width < 2) {
                continue;
            }
            List<String> rows = new ArrayList<>(first.lines().stream()
                    .filter(line -> !isDelimiter(line))
                    .map(String::strip)
                    .toList());
            int split = 0;
            int wrapped = 0;
            int j = i + 1;
            while (j < out.size()) {
                LegacyBlock block = out.get(j);
                LegacyBlock next = j + 1 < out.size() ? out.get(j + 1) : null;
                if (isRowsOf(block, width)) {
                    block.lines().stream()
                            .filter(line -> !isDelimiter(line))
                            .map(String::strip)
                            .forEach(rows::add);
                    j++;
                } else if (block.is(LegacyBlock.Kind.RULE) && next != null && isRowsOf(next, width)) {
                    // a page end inside the table: the table goes on on the next page
                    j++;
                } else if (isFirstCell(block)
                        && next != null
                        && isLoneRow(next)
                        && cells(next.lines().get(0)).size() == width - 1) {
                    rows.add("| " + cell(block) + " " + next.lines().get(0).strip());
                    split++;
                    j += 2;
                } else if (isLoneRow(block)
                        && cells(block.lines().get(0)).size() == width - 1
                        && shortRowEnd(out, j, width) > j + 1) {
                    int end = shortRowEnd(out, j, width);
                    String row = block.lines().get(0).strip();
                    StringBuilder before = new StringBuilder();
                    for (int k = j + 1; k < end - 1; k++) {
                        before.append(' ').append(cell(out.get(k)));
                    }
                    rows.add(row.substring(0, row.lastIndexOf('|')).stripTrailing() + before + " | "
                            + cell(out.get(end - 1)) + " |");
                    split++;
                    j = end;
                } else if (rows.size() > 1
                        && isWrappedCell(block, rows.get(rows.size() - 1))
                        && (next != null && isRowsOf(next, width) || startsLowerCase(block) && split + wrapped > 0)) {
                    String last = rows.remove(rows.size() - 1);
                    rows.add(last.substring(0, last.lastIndexOf('|')).stripTrailing() + " " + cell(block) + " |");
                    wrapped++;
                    j += 1;
                } else {
                    break;
                }
            }
            if (split + wrapped == 0) {
                continue;
            }
            List<String> lines = new ArrayList<>();
            lines.add(rows.get(0));
            lines.add("|" + " --- |".repeat(width));
            lines.addAll(rows.subList(1, rows.size()));
            if (split > 0) {
                log.warn(
                        first.line(),
                        "rebuilt this table from the lines after it: the converter had split " + split
                                + (split == 1 ? " row" : " rows")
                                + " into the first cell on its own line and a row of the"
                                + " other cells",
                        "check the table's rows against the printed table; a row it could not"
                                + " rebuild follows the table as text");
            }
            if (wrapped > 0) {
                log.warn(
                        first.line(),
                        "put " + wrapped + (wrapped == 1 ? " line" : " lines") + " after this table's"
                                + " rows back into the last cell of the row above each: the cell had wrapped",
                        "check the table's last column against the printed table");
            }
            LegacyBlock table = first.withLines(lines);
            out.subList(i, j).clear();
            out.add(i, table);
        }
        return out;
    }

    /**
     * For a row one cell short at {@code index}, followed by at most {@link #MAX_SHORT_ROW_LINES} plain lines and
     * then the table's next row (whole, or split into a first cell and the other cells): the index of that next
     * row. The last of the lines is the missing last cell, the lines before it the wrapped rest of the cell before.
     * Otherwise {@code index}.
     */
    private static int shortRowEnd(List<LegacyBlock> blocks, int index, int width) {
        for (int k = index + 1; k < blocks.size() && k - index <= MAX_SHORT_ROW_LINES + 1; k++) {
            LegacyBlock block = blocks.get(k);
            LegacyBlock next = k + 1 < blocks.size() ? blocks.get(k + 1) : null;
            boolean nextRow = isRowsOf(block, width)
                    || isFirstCell(block)
                            && next != null
                            && isLoneRow(next)
                            && cells(next.lines().get(0)).size() == width - 1;
            if (nextRow) {
                return k > index + 1 ? k : index;
            }
            if (!isFirstCell(block)) {
                return index;
            }
        }
        return index;
    }

    /**
     * A lone pipe row or a laid-out part of the table with rows of {@code width} cells. A part whose first row is
     * all bold is another table: its header is set as headers are.
     */
    private static boolean isRowsOf(LegacyBlock block, int width) {
        return (isLoneRow(block) || isTable(block) && !isBoldRow(block.lines().get(0)))
                && block.lines().stream()
                        .filter(line -> !isDelimiter(line))
                        .allMatch(line -> cells(line).size() == width);
    }

    private static boolean isBoldRow(String row) {
        return cells(row).stream().map(String::strip).allMatch(cell -> cell.matches("\\*\\*.+\\*\\*"));
    }

    /**
     * A plain line under a body row whose last cell ends without punctuation: that cell's wrapped rest. A line
     * under the header row is not taken: text between a header and its rows is too often the page's own text.
     */
    private static boolean isWrappedCell(LegacyBlock block, String row) {
        List<String> cells = cells(row);
        String last = Markup.plain(cells.get(cells.size() - 1)).strip();
        return block.is(LegacyBlock.Kind.PARAGRAPH)
                && block.lines().size() == 1
                && block.wordCount() <= MAX_WRAPPED_WORDS
                && !block.text().startsWith("|")
                && !last.isEmpty()
                && !last.matches(".*[.!?;]$");
    }

    private static boolean startsLowerCase(LegacyBlock block) {
        String text = Markup.plain(block.text());
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
    }

    private static String cell(LegacyBlock block) {
        return block.text().replace("|", "\\|");
    }

    /** A pipe row standing alone: one line, no delimiter row under it. */
    private static boolean isLoneRow(LegacyBlock block) {
        return block.is(LegacyBlock.Kind.VERBATIM)
                && block.lines().size() == 1
                && isRow(block.lines().get(0));
    }

    private static boolean isTable(LegacyBlock block) {
        return block.is(LegacyBlock.Kind.VERBATIM)
                && block.lines().size() >= 2
                && isRow(block.lines().get(0))
                && isDelimiter(block.lines().get(1));
    }

    private static boolean isFirstCell(LegacyBlock block) {
        return block.is(LegacyBlock.Kind.PARAGRAPH)
                && block.lines().size() == 1
                && block.wordCount() <= MAX_CELL_WORDS
                && !block.text().startsWith("|");
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
