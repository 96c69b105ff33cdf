package dev.brief.core.legacy;

import java.util.ArrayList;
import java.util.List;

/**
 * One block of the legacy text while the importer reshapes it. {@code line} is where it starts in the input
 * (from 1); {@code lines} is its text, without block markers; {@code level} is a heading's level or an
 * ordered item's number; {@code children} are list items, or the blocks inside a box.
 */
record LegacyBlock(Kind kind, int line, int level, List<String> lines, List<LegacyBlock> children) {

    enum Kind {
        HEADING,
        PARAGRAPH,
        BULLET_LIST,
        ORDERED_LIST,
        ITEM,
        /** Kept exactly as written: block quotes, tables, code, HTML blocks. */
        VERBATIM,
        /** A thematic break; converters often leave one where a page ended. */
        RULE,
        SUMMARY,
        PULL_QUOTE,
        ABOUT
    }

    LegacyBlock {
        lines = List.copyOf(lines);
        children = List.copyOf(children);
    }

    static LegacyBlock heading(int line, int level, String text) {
        return new LegacyBlock(Kind.HEADING, line, level, List.of(text), List.of());
    }

    static LegacyBlock paragraph(int line, List<String> lines) {
        return new LegacyBlock(Kind.PARAGRAPH, line, 0, lines, List.of());
    }

    boolean is(Kind other) {
        return kind == other;
    }

    /** The block's text on one line: lines joined by spaces, hard-break markers dropped. */
    String text() {
        StringBuilder text = new StringBuilder();
        for (String part : lines) {
            String trimmed = part.strip();
            if (trimmed.endsWith("\\")) {
                trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
            }
            if (!trimmed.isEmpty()) {
                if (text.length() > 0) {
                    text.append(' ');
                }
                text.append(trimmed);
            }
        }
        return text.toString();
    }

    /** Rewrites one line of text, given its number in the input. */
    @FunctionalInterface
    interface LineRewrite {
        String apply(String line, int lineNumber);
    }

    /**
     * The blocks with every line rewritten, their children's too; verbatim blocks (quotes, tables, code, HTML)
     * are kept exactly as written.
     */
    static List<LegacyBlock> rewriteLines(List<LegacyBlock> blocks, LineRewrite rewrite) {
        List<LegacyBlock> out = new ArrayList<>();
        for (LegacyBlock block : blocks) {
            if (block.is(Kind.VERBATIM)) {
                out.add(block);
                continue;
            }
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < block.lines().size(); i++) {
                lines.add(rewrite.apply(block.lines().get(i), block.line() + i));
            }
            out.add(block.withLines(lines).withChildren(rewriteLines(block.children(), rewrite)));
        }
        return out;
    }

    LegacyBlock withLines(List<String> newLines) {
        return new LegacyBlock(kind, line, level, newLines, children);
    }

    LegacyBlock withLevel(int newLevel) {
        return new LegacyBlock(kind, line, newLevel, lines, children);
    }

    LegacyBlock withChildren(List<LegacyBlock> newChildren) {
        return new LegacyBlock(kind, line, level, lines, newChildren);
    }

    int wordCount() {
        String text = text();
        return text.isEmpty() ? 0 : text.split("\\s+").length;
    }
}
