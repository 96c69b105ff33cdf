package dev.brief.core.legacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the "Notes" heading and the numbered list under it out of the body, as footnote definitions. Also
 * accepts notes printed as paragraphs that start with their number ({@code 3 Text} or {@code <sup>3</sup> Text}).
 */
final class NotesReader {
    private static final Pattern NUMBERED_PARAGRAPH =
            Pattern.compile("^\\s*(?:<sup>\\s*([0-9]+)\\s*</sup>|([0-9]+)\\s)\\s*(.*)$");

    private NotesReader() {}

    static List<LegacyNote> read(List<LegacyBlock> blocks, RepairLog log) {
        for (int i = 0; i < blocks.size(); i++) {
            LegacyBlock block = blocks.get(i);
            if (block.is(LegacyBlock.Kind.HEADING)
                    && SectionNames.NOTES.matcher(Markup.plain(block.text())).matches()) {
                List<LegacyNote> notes = new ArrayList<>();
                int end = i + 1;
                while (end < blocks.size() && take(blocks.get(end), notes)) {
                    end++;
                }
                if (notes.isEmpty()) {
                    log.warn(
                            block.line(),
                            "found a notes heading with no numbered list under it; kept it as a section",
                            "write each note as `[^N]: text` and remove the heading");
                    continue;
                }
                blocks.subList(i, end).clear();
                log.warn(
                        block.line(),
                        "turned the " + notes.size() + " numbered notes under this heading into footnotes"
                                + " (the heading is dropped: every edition prints its own)",
                        "check that each `[^N]:` at the end of the converted source matches the printed note N");
                return notes;
            }
        }
        return List.of();
    }

    /** Adds the notes in {@code block} when it is part of the notes list (page breaks may split the list). */
    private static boolean take(LegacyBlock block, List<LegacyNote> notes) {
        if (block.is(LegacyBlock.Kind.RULE)) {
            return true;
        }
        if (block.is(LegacyBlock.Kind.ORDERED_LIST)) {
            for (LegacyBlock item : block.children()) {
                notes.add(new LegacyNote(Integer.toString(item.level()), item.line(), paragraphs(item.lines())));
            }
            return true;
        }
        if (block.is(LegacyBlock.Kind.PARAGRAPH)) {
            Matcher first = NUMBERED_PARAGRAPH.matcher(block.lines().get(0));
            if (!first.matches()) {
                return false;
            }
            for (int i = 0; i < block.lines().size(); i++) {
                Matcher numbered = NUMBERED_PARAGRAPH.matcher(block.lines().get(i));
                if (numbered.matches()) {
                    String label = numbered.group(1) != null ? numbered.group(1) : numbered.group(2);
                    notes.add(new LegacyNote(
                            label, block.line() + i, List.of(numbered.group(3).strip())));
                } else {
                    LegacyNote last = notes.remove(notes.size() - 1);
                    notes.add(new LegacyNote(
                            last.label(),
                            last.line(),
                            List.of(last.paragraphs().get(0) + " "
                                    + block.lines().get(i).strip())));
                }
            }
            return true;
        }
        return false;
    }

    /** An item's lines as paragraphs: lines join with spaces, an empty line starts a new paragraph. */
    private static List<String> paragraphs(List<String> lines) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            if (line.isBlank()) {
                if (current.length() > 0) {
                    paragraphs.add(current.toString());
                    current.setLength(0);
                }
            } else {
                current.append(current.length() == 0 ? "" : " ").append(line.strip());
            }
        }
        if (current.length() > 0) {
            paragraphs.add(current.toString());
        }
        return paragraphs;
    }
}
