package dev.brief.pdf.text;

import java.util.Arrays;
import java.util.List;

/** The runs of a paragraph as one string, with the run of each character. */
final class ParagraphText<T> {
    private final List<StyledRun<T>> runs;
    private final String text;
    private final int[] runStarts;
    /** The run of each character: layout asks for it character by character. */
    private final int[] runOfCharacter;

    ParagraphText(List<StyledRun<T>> runs) {
        this.runs = List.copyOf(runs);
        StringBuilder all = new StringBuilder();
        runStarts = new int[runs.size()];
        for (int r = 0; r < runs.size(); r++) {
            runStarts[r] = all.length();
            all.append(runs.get(r).text());
        }
        text = all.toString();
        runOfCharacter = new int[text.length()];
        for (int r = 0; r < runStarts.length; r++) {
            // A later run that starts at the same index (after empty runs) overwrites: it owns the characters.
            Arrays.fill(runOfCharacter, runStarts[r], runEnd(r), r);
        }
    }

    String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    StyledRun<T> run(int index) {
        return runs.get(index);
    }

    int runCount() {
        return runs.size();
    }

    /** The run of the character at {@code index}; empty runs own no characters. */
    int runAt(int index) {
        if (index >= 0 && index < runOfCharacter.length) {
            return runOfCharacter[index];
        }
        int found = Arrays.binarySearch(runStarts, index);
        if (found < 0) {
            return -found - 2;
        }
        // Several runs may start here when some are empty: the last of them owns the character.
        while (found + 1 < runStarts.length && runStarts[found + 1] == index) {
            found++;
        }
        return found;
    }

    /** Where the run after {@code run} starts, or the text's length. */
    int runEnd(int run) {
        return run + 1 < runStarts.length ? runStarts[run + 1] : text.length();
    }

    int lastRun() {
        return runs.size() - 1;
    }
}
