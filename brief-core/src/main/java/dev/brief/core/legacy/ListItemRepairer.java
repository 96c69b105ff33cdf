package dev.brief.core.legacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Gives list items back the text the extraction set apart from them. A converter that found the bullet glyph and
 * the item's text as separate runs writes an empty item and, after a blank line, the text as a paragraph; an item
 * that is only a bold label ending in a colon ({@code - **Civil Rights:**}) lost its text the same way when a
 * column broke after the label. In both cases the paragraph right after the item is the item's text.
 */
final class ListItemRepairer {
    private static final Pattern LABEL_ONLY = Pattern.compile("^\\*\\*[^*]+:\\*\\*$|^\\*\\*[^*]+\\*\\*:$");

    private ListItemRepairer() {}

    static List<LegacyBlock> repair(List<LegacyBlock> blocks, RepairLog log) {
        List<LegacyBlock> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            LegacyBlock block = blocks.get(i);
            LegacyBlock next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            boolean isList = block.is(LegacyBlock.Kind.BULLET_LIST) || block.is(LegacyBlock.Kind.ORDERED_LIST);
            if (isList
                    && next != null
                    && next.is(LegacyBlock.Kind.PARAGRAPH)
                    && !block.children().isEmpty()) {
                List<LegacyBlock> items = new ArrayList<>(block.children());
                LegacyBlock last = items.get(items.size() - 1);
                String text = last.text();
                if (text.isBlank() || LABEL_ONLY.matcher(text).matches()) {
                    String joined = text.isBlank() ? next.text() : text + " " + next.text();
                    items.set(items.size() - 1, last.withLines(List.of(joined)));
                    out.add(block.withChildren(items));
                    log.warn(
                            next.line(),
                            text.isBlank()
                                    ? "made this paragraph the text of the empty list item before it (the"
                                            + " extraction had parted the bullet from its text)"
                                    : "joined this paragraph to the list item '" + Markup.plain(text) + "' before it",
                            "check that the paragraph belongs to the item");
                    i++;
                    continue;
                }
            }
            out.add(block);
        }
        return out;
    }
}
