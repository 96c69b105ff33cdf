package dev.brief.core.legacy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes footnotes printed at the foot of each page out of the body. A paragraph that starts with the number of
 * the next note ({@code 3 House Rule XI…}), when the text above has already referred to that note with a
 * superscript, starts a run of footnotes; the paragraphs after it, up to the page's end (the furniture mark the
 * furniture sweeper left) or a heading, are the notes' continued lines or the next notes. A converter that ran the
 * notes of a page together ({@code …Petersen. 2 Additional CRS reports…}) is undone the same way: the next note's
 * number, already referred to, followed by a capital, starts it.
 */
final class FootnoteGatherer {
    private static final Pattern REFERENCE =
            Pattern.compile("<sup>\\s*([0-9]+(?:\\s*,\\s*[0-9]+)*)\\s*</sup>", Pattern.CASE_INSENSITIVE);
    private static final Pattern STARTS_WITH_NUMBER = Pattern.compile("^([0-9]{1,3})\\s+(\\S.*)$");

    private final RepairLog log;
    /** The input line of the first block that refers to each note number (lines stay put as blocks go). */
    private final Map<Integer, Integer> firstReference = new HashMap<>();

    private final List<LegacyNote> notes = new ArrayList<>();
    private int next = 1;

    private FootnoteGatherer(RepairLog log) {
        this.log = log;
    }

    /** The page-foot notes of {@code blocks}, removed from it, in number order. */
    static List<LegacyNote> gather(List<LegacyBlock> blocks, RepairLog log) {
        return new FootnoteGatherer(log).notes(blocks);
    }

    private List<LegacyNote> notes(List<LegacyBlock> blocks) {
        for (LegacyBlock block : blocks) {
            references(block, block.line());
        }
        int i = 0;
        while (i < blocks.size()) {
            if (startsNote(blocks.get(i))) {
                int end = i;
                while (end < blocks.size() && blocks.get(end).is(LegacyBlock.Kind.PARAGRAPH)) {
                    take(blocks.get(end), blocks.get(i).line());
                    end++;
                }
                log.warn(
                        blocks.get(i).line(),
                        "took the paragraphs at the foot of this page as footnotes, up to note "
                                + notes.get(notes.size() - 1).label(),
                        "check that each `[^N]:` at the end of the converted source is the printed note N, whole");
                blocks.subList(i, end).clear();
            } else {
                i++;
            }
        }
        return notes;
    }

    private void references(LegacyBlock block, int line) {
        Matcher reference = REFERENCE.matcher(block.text());
        while (reference.find()) {
            for (String number : reference.group(1).split("\\s*,\\s*")) {
                firstReference.putIfAbsent(Integer.parseInt(number), line);
            }
        }
        block.children().forEach(child -> references(child, line));
    }

    private boolean startsNote(LegacyBlock block) {
        if (!block.is(LegacyBlock.Kind.PARAGRAPH)) {
            return false;
        }
        Matcher start = STARTS_WITH_NUMBER.matcher(block.text());
        return start.matches()
                && Integer.parseInt(start.group(1)) == next
                && referredBefore(next, block.line())
                && !Character.isLowerCase(start.group(2).codePointAt(0));
    }

    private boolean referredBefore(int number, int line) {
        Integer first = firstReference.get(number);
        return first != null && first < line;
    }

    /** Adds the paragraph's text: new notes where the next number starts, the rest to the note before. */
    private void take(LegacyBlock block, int runStart) {
        String text = block.text();
        Matcher start = STARTS_WITH_NUMBER.matcher(text);
        if (start.matches() && Integer.parseInt(start.group(1)) == next && referredBefore(next, runStart)) {
            text = start.group(2);
            notes.add(new LegacyNote(Integer.toString(next++), block.line(), List.of("")));
        }
        // the notes a converter ran together: "… Petersen. 2 Additional CRS reports …"
        while (true) {
            Matcher inline = Pattern.compile("\\s" + next + "\\s+(?=[\\p{Lu}\"\u201c*(\\[])")
                    .matcher(text);
            if (!referredBefore(next, runStart) || !inline.find()) {
                break;
            }
            append(text.substring(0, inline.start()));
            notes.add(new LegacyNote(Integer.toString(next++), block.line(), List.of("")));
            text = text.substring(inline.end());
        }
        append(text);
    }

    private void append(String text) {
        LegacyNote last = notes.get(notes.size() - 1);
        String so = last.paragraphs().get(0);
        String joined = so.isEmpty() ? text.strip() : joinLines(so, text.strip());
        notes.set(notes.size() - 1, new LegacyNote(last.label(), last.line(), List.of(joined)));
    }

    /** A note's lines joined: without a space where a URL or a hyphenated word was broken at the line end. */
    private static String joinLines(String before, String after) {
        String lastWord = before.substring(before.lastIndexOf(' ') + 1);
        String firstWord = after.split("\\s+", 2)[0];
        boolean url = lastWord.matches("(?:https?://|www\\.).*[/\\-_.=&?#%~]")
                && BrokenUrlJoiner.continues(lastWord, firstWord);
        return before + (url ? "" : " ") + after;
    }
}
