package dev.brief.core.legacy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the page furniture a PDF extraction leaves between the paragraphs: running heads and feet (a short
 * line without final punctuation that comes back on several pages, or that repeats the title), page numbers,
 * the document-number line ({@code IN12317}, {@code IF12888 · VERSION 3 · UPDATED}), and a lone web address
 * beside such furniture (the publisher's address, printed once in a page's foot). A new edition prints
 * its own running heads and page numbers, and the furniture, left in the text, splits the paragraphs the page
 * break cut and turns page numbers set as superscripts into note references without notes. Where furniture
 * stood, a thematic break marks the page's end, as converters mark it, until the importer drops those marks.
 */
final class PageFurnitureSweeper {
    /** A running head is short: a title, an organisation, a URL. */
    private static final int MAX_WORDS = 14;

    private static final Pattern PAGE_NUMBER =
            Pattern.compile("(?:page\\s+)?\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_PAGE_NUMBER =
            Pattern.compile("(?:\\s*<sup>\\s*\\d{1,4}\\s*</sup>|\\s+\\d{1,4})$");
    /** The document-number line: {@code IF12888 · VERSION 3 · UPDATED}. */
    private static final Pattern VERSION_LINE =
            Pattern.compile("([A-Z]{1,3}\\d{3,6}|\\d{2,3}-\\d{3,4})(?:\\s*·\\s*[\\p{L}\\p{N} ]{1,20})+");
    /** A foot's page number the converter set small: an author's title never ends in one. */
    private static final Pattern SMALL_PAGE_NUMBER = Pattern.compile("<sup>\\s*\\d{1,4}\\s*</sup>\\s*$");

    private static final Pattern LONE_ADDRESS = Pattern.compile("(?i)<?(?:https?://|www\\.)[^\\s<>]+>?");
    private static final Pattern CODE = Pattern.compile("[A-Z]{1,3}\\d{3,6}|\\d{2,3}-\\d{3,4}");

    private PageFurnitureSweeper() {}

    static List<LegacyBlock> sweep(List<LegacyBlock> blocks, RepairLog log) {
        String title = title(blocks);
        Map<String, Integer> seen = new HashMap<>();
        for (LegacyBlock block : blocks) {
            if (block.is(LegacyBlock.Kind.PARAGRAPH)) {
                // a table repeats its row labels and a report its subheadings ("Background" in each chapter):
                // only lines of text count as coming back page after page
                for (String cell : cells(block)) {
                    seen.merge(key(cell), 1, Integer::sum);
                }
            }
        }
        // a bare code ("IN12317") is the document number only where a version line names it too; "FY2025" is not
        Set<String> numbers = new HashSet<>();
        for (LegacyBlock block : blocks) {
            Matcher version = VERSION_LINE.matcher(Markup.plain(block.text()));
            while (version.find()) {
                numbers.add(version.group(1));
            }
        }
        boolean[] dropped = new boolean[blocks.size()];
        boolean titleSeen = false;
        boolean authorSection = false;
        for (int i = 0; i < blocks.size(); i++) {
            LegacyBlock block = blocks.get(i);
            boolean isTitle = !titleSeen
                    && block.is(LegacyBlock.Kind.HEADING)
                    && key(block.text()).equals(title);
            titleSeen |= isTitle;
            if (block.is(LegacyBlock.Kind.HEADING)) {
                // an author's name and title come back on the cover and in the author information: not furniture
                authorSection = BackMatterReader.AUTHORS_HEADING
                        .matcher(Markup.plain(block.text()))
                        .matches();
            }
            // there, only a foot that carries its page number, or the document number, is still furniture
            boolean inAuthors = authorSection;
            List<String> cells = cells(block);
            dropped[i] = !isTitle
                    && !cells.isEmpty()
                    && cells.stream()
                            .allMatch(cell -> (!inAuthors
                                            || SMALL_PAGE_NUMBER.matcher(cell).find()
                                            || numbered(cell, numbers))
                                    && furniture(cell, seen, numbers, title));
        }
        for (int i = 0; i < blocks.size(); i++) {
            // the publisher's address printed once in a page's foot, beside the foot's other lines
            dropped[i] |= isLoneAddress(blocks.get(i))
                    && (i > 0 && dropped[i - 1] || i + 1 < blocks.size() && dropped[i + 1]);
        }
        List<LegacyBlock> kept = new ArrayList<>();
        boolean marked = false;
        for (int i = 0; i < blocks.size(); i++) {
            LegacyBlock block = blocks.get(i);
            if (dropped[i]) {
                log.warn(
                        block.line(),
                        "dropped '" + Markup.plain(block.text()) + "' as page furniture (a running head"
                                + " or foot, a page number or the document number the printed page repeats)",
                        "if it is part of the brief's text, put it back where it belongs");
                if (!marked) {
                    // where the furniture stood a page ended: later repairs join or end text there
                    kept.add(new LegacyBlock(LegacyBlock.Kind.RULE, block.line(), 0, List.of("---"), List.of()));
                    marked = true;
                }
            } else {
                kept.add(block);
                marked = false;
            }
        }
        return kept;
    }

    /** A paragraph that is one web address and nothing else. */
    private static boolean isLoneAddress(LegacyBlock block) {
        return block.is(LegacyBlock.Kind.PARAGRAPH)
                && block.lines().size() == 1
                && LONE_ADDRESS.matcher(plain(block.lines().get(0)).strip()).matches();
    }

    private static boolean numbered(String cell, Set<String> numbers) {
        String plain = plain(cell);
        return VERSION_LINE.matcher(plain).matches() || CODE.matcher(plain).matches() && numbers.contains(plain);
    }

    /** The text of the first heading, the title a running head repeats. */
    private static String title(List<LegacyBlock> blocks) {
        return blocks.stream()
                .filter(block -> block.is(LegacyBlock.Kind.HEADING))
                .findFirst()
                .map(block -> key(block.text()))
                .orElse("");
    }

    /**
     * The parts of a one-line block that may be furniture: the line of a paragraph or heading, or each cell of a
     * one-row table (converters set a foot with its page number as one). Longer blocks are never furniture.
     */
    private static List<String> cells(LegacyBlock block) {
        if (block.lines().size() != 1) {
            return List.of();
        }
        String line = block.lines().get(0).strip();
        if (block.is(LegacyBlock.Kind.VERBATIM) && line.startsWith("|") || line.contains(" | ")) {
            List<String> cells = new ArrayList<>();
            for (String cell : line.replaceAll("^\\||\\|$", "").split("\\|")) {
                if (!cell.isBlank()) {
                    cells.add(cell.strip());
                }
            }
            return cells;
        }
        if (block.is(LegacyBlock.Kind.PARAGRAPH) || block.is(LegacyBlock.Kind.HEADING)) {
            return List.of(line);
        }
        return List.of();
    }

    private static boolean furniture(String cell, Map<String, Integer> seen, Set<String> numbers, String title) {
        String key = key(cell);
        String plain = plain(cell);
        if (key.isEmpty()
                || PAGE_NUMBER.matcher(key).matches()
                || VERSION_LINE.matcher(plain).matches()
                || CODE.matcher(plain).matches() && numbers.contains(plain)) {
            return true;
        }
        if (key.split(" ").length > MAX_WORDS || key.matches(".*[.!?;,:]$")) {
            return false;
        }
        // one word coming back ("Yes", "Total") is text; a running head has words or is an address
        boolean headLike = key.contains(" ") || key.contains(".") || key.contains("/");
        return headLike && seen.getOrDefault(key, 0) >= 2 || key.equals(title);
    }

    /** The text compared across pages: without markup, a trailing page number, case or spacing differences. */
    private static String key(String text) {
        return plain(TRAILING_PAGE_NUMBER.matcher(text.strip()).replaceFirst(""))
                .toLowerCase(Locale.ROOT);
    }

    private static String plain(String text) {
        return Markup.plain(text.replaceFirst("^#{1,6}\\s+", ""));
    }
}
