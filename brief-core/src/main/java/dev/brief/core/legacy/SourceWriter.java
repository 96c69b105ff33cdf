package dev.brief.core.legacy;

import java.util.List;

/** Writes the Markdown body of the converted brief: blocks in reading order, then the footnote definitions. */
final class SourceWriter {
    private final StringBuilder out = new StringBuilder();

    static String body(List<LegacyBlock> blocks, List<LegacyNote> notes) {
        SourceWriter writer = new SourceWriter();
        writer.blocks(blocks);
        for (LegacyNote note : notes) {
            writer.note(note);
        }
        return writer.out.toString();
    }

    private void blocks(List<LegacyBlock> blocks) {
        for (LegacyBlock block : blocks) {
            block(block);
        }
    }

    private void block(LegacyBlock block) {
        separate();
        switch (block.kind()) {
            case HEADING ->
                out.append("#".repeat(block.level()))
                        .append(' ')
                        .append(block.text())
                        .append('\n');
            // indentation means nothing in a paragraph, but four spaces at its start would make a code block
            case PARAGRAPH ->
                lines(block.lines().stream().map(String::stripLeading).toList());
            case BULLET_LIST, ORDERED_LIST -> items(block);
            case SUMMARY -> {
                out.append("## Summary\n\n");
                items(new LegacyBlock(LegacyBlock.Kind.BULLET_LIST, block.line(), 0, List.of(), block.children()));
            }
            case PULL_QUOTE -> {
                out.append("::: pullquote\n");
                lines(block.lines());
                out.append(":::\n");
            }
            case ABOUT -> about(block);
            case VERBATIM, RULE, ITEM -> lines(block.lines());
            default -> throw new IllegalStateException("no output for " + block.kind());
        }
    }

    private void about(LegacyBlock block) {
        // The reader takes the title from the fence: `::: about "Title"`.
        out.append("::: about \"").append(block.lines().get(0)).append("\"\n");
        blocks(block.children());
        out.append(":::\n");
    }

    private void items(LegacyBlock list) {
        boolean ordered = list.is(LegacyBlock.Kind.ORDERED_LIST);
        for (LegacyBlock item : list.children()) {
            String marker = ordered ? item.level() + ". " : "- ";
            String indent = " ".repeat(marker.length());
            out.append(marker);
            boolean first = true;
            for (String line : item.lines()) {
                if (line.isBlank()) {
                    out.append('\n');
                } else {
                    out.append(first ? "" : indent).append(line.strip()).append('\n');
                }
                first = false;
            }
        }
    }

    private void note(LegacyNote note) {
        separate();
        out.append("[^")
                .append(note.label())
                .append("]: ")
                .append(note.paragraphs().get(0))
                .append('\n');
        for (String paragraph : note.paragraphs().subList(1, note.paragraphs().size())) {
            out.append('\n').append("    ").append(paragraph).append('\n');
        }
    }

    private void lines(List<String> lines) {
        for (String line : lines) {
            out.append(line.stripTrailing().isEmpty() ? "" : stripTrailingKeepingBreak(line))
                    .append('\n');
        }
    }

    /** Trailing spaces go, except the two that make a hard line break. */
    private static String stripTrailingKeepingBreak(String line) {
        String stripped = line.stripTrailing();
        return line.endsWith("  ") ? stripped + "  " : stripped;
    }

    private void separate() {
        if (out.length() > 0) {
            out.append('\n');
        }
    }
}
