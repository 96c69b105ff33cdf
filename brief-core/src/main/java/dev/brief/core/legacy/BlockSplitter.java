package dev.brief.core.legacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts legacy Markdown into blocks, keeping each block's first line number. It knows only the shapes
 * converters produce: ATX and setext headings, paragraphs, bullet and numbered lists, thematic breaks; block
 * quotes, tables, fenced code and HTML blocks are kept verbatim.
 */
final class BlockSplitter {
    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern BULLET = Pattern.compile("^ {0,3}[-*+]\\s+(.*)$");
    private static final Pattern ORDERED = Pattern.compile("^ {0,3}([0-9]{1,9})[.)]\\s+(.*)$");
    private static final Pattern RULE = Pattern.compile("^ {0,3}([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)\\s*$");

    private final List<String> lines;
    private int next;

    private BlockSplitter(List<String> lines) {
        this.lines = lines;
    }

    static List<LegacyBlock> split(List<String> lines) {
        return new BlockSplitter(lines).all();
    }

    private List<LegacyBlock> all() {
        List<LegacyBlock> blocks = new ArrayList<>();
        while (next < lines.size()) {
            if (lines.get(next).isBlank()) {
                next++;
            } else {
                blocks.add(block());
            }
        }
        return blocks;
    }

    private LegacyBlock block() {
        int start = next;
        String line = lines.get(next);
        Matcher heading = HEADING.matcher(line);
        if (heading.matches()) {
            next++;
            return LegacyBlock.heading(start + 1, heading.group(1).length(), heading.group(2));
        }
        if (RULE.matcher(line).matches()) {
            next++;
            return new LegacyBlock(LegacyBlock.Kind.RULE, start + 1, 0, List.of(line), List.of());
        }
        if (BULLET.matcher(line).matches()) {
            return list(LegacyBlock.Kind.BULLET_LIST, BULLET);
        }
        if (ORDERED.matcher(line).matches()) {
            return list(LegacyBlock.Kind.ORDERED_LIST, ORDERED);
        }
        String stripped = line.strip();
        if (stripped.startsWith(">")
                || stripped.startsWith("|")
                || stripped.startsWith("```")
                || stripped.startsWith("~~~")
                || stripped.matches("<(div|table|figure|!--|pre|aside)\\b.*")) {
            return verbatim();
        }
        return paragraph();
    }

    private LegacyBlock paragraph() {
        int start = next;
        List<String> text = new ArrayList<>();
        while (next < lines.size() && !lines.get(next).isBlank()) {
            String line = lines.get(next);
            if (!text.isEmpty()
                    && (HEADING.matcher(line).matches() || BULLET.matcher(line).matches())) {
                break;
            }
            if (text.size() == 1 && SETEXT.matcher(line).matches()) {
                next++;
                return LegacyBlock.heading(
                        start + 1,
                        line.strip().startsWith("=") ? 1 : 2,
                        text.get(0).strip());
            }
            text.add(line);
            next++;
        }
        return LegacyBlock.paragraph(start + 1, text);
    }

    private LegacyBlock verbatim() {
        int start = next;
        List<String> text = new ArrayList<>();
        boolean fenced = lines.get(next).strip().startsWith("```")
                || lines.get(next).strip().startsWith("~~~");
        text.add(lines.get(next++));
        while (next < lines.size()) {
            String line = lines.get(next);
            if (!fenced && line.isBlank()) {
                break;
            }
            text.add(line);
            next++;
            if (fenced && (line.strip().startsWith("```") || line.strip().startsWith("~~~"))) {
                break;
            }
        }
        return new LegacyBlock(LegacyBlock.Kind.VERBATIM, start + 1, 0, text, List.of());
    }

    /** A list runs on across blank lines while the next text is another item or an indented continuation. */
    private LegacyBlock list(LegacyBlock.Kind kind, Pattern marker) {
        int start = next;
        List<LegacyBlock> items = new ArrayList<>();
        List<String> current = null;
        int currentLine = 0;
        int currentNumber = 0;
        while (next < lines.size()) {
            String line = lines.get(next);
            Matcher item = marker.matcher(line);
            if (item.matches()) {
                if (current != null) {
                    items.add(item(currentLine, currentNumber, current));
                }
                current = new ArrayList<>();
                current.add(item.group(item.groupCount()));
                currentLine = next + 1;
                currentNumber = kind == LegacyBlock.Kind.ORDERED_LIST ? Integer.parseInt(item.group(1)) : 0;
                next++;
            } else if (line.isBlank()) {
                int ahead = next;
                while (ahead < lines.size() && lines.get(ahead).isBlank()) {
                    ahead++;
                }
                boolean continues = ahead < lines.size()
                        && (marker.matcher(lines.get(ahead)).matches()
                                || lines.get(ahead).startsWith("  "));
                if (!continues) {
                    break;
                }
                if (!marker.matcher(lines.get(ahead)).matches()) {
                    current.add(""); // a paragraph break inside the item
                }
                next = ahead;
            } else if (HEADING.matcher(line).matches() || RULE.matcher(line).matches()) {
                break;
            } else {
                current.add(line.strip());
                next++;
            }
        }
        items.add(item(currentLine, currentNumber, current));
        return new LegacyBlock(kind, start + 1, 0, List.of(), items);
    }

    private static LegacyBlock item(int line, int number, List<String> text) {
        return new LegacyBlock(LegacyBlock.Kind.ITEM, line, number, text, List.of());
    }
}
