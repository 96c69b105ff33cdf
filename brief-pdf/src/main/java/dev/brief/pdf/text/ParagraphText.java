package dev.brief.pdf.text;

import dev.brief.pdf.fonts.Typeface;
import java.text.Bidi;
import java.util.Arrays;
import java.util.List;

/**
 * The runs of a paragraph as one string, with the run of each character, and unless the paragraph is simple
 * (left to right, every character in its face's own font, nothing to shape) the bidi level (UAX #9) and the
 * typeface of each character: boxes and pieces never span a change of either.
 */
final class ParagraphText<T> {
    private final List<StyledRun<T>> runs;
    private final String text;
    private final int[] runStarts;
    /** The run of each character: layout asks for it character by character. */
    private final int[] runOfCharacter;

    /** Null for a simple paragraph. */
    private byte[] levels;

    private Typeface[] typefaces;
    private RunDirection base = RunDirection.LEFT_TO_RIGHT;

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

    /**
     * Finds the bidi level and typeface of each character, unless the paragraph is simple. {@code base} is the
     * paragraph's direction (the brief's); a right-to-left paragraph is never simple, as its lines align right.
     */
    void resolve(GlyphLayout layout, RunDirection base) {
        this.base = base;
        boolean simple = base == RunDirection.LEFT_TO_RIGHT;
        for (int r = 0; simple && r < runs.size(); r++) {
            simple = layout.isSimple(runs.get(r).face(), text, runStarts[r], runEnd(r));
        }
        if (simple) {
            return;
        }
        Bidi bidi = new Bidi(
                text,
                base == RunDirection.RIGHT_TO_LEFT
                        ? Bidi.DIRECTION_RIGHT_TO_LEFT
                        : base == RunDirection.LEFT_TO_RIGHT
                                ? Bidi.DIRECTION_LEFT_TO_RIGHT
                                : Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        levels = new byte[text.length()];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = (byte) bidi.getLevelAt(i);
        }
        typefaces = new Typeface[text.length()];
        for (int r = 0; r < runs.size(); r++) {
            Typeface[] own = layout.typefaces(runs.get(r).face(), text.substring(runStarts[r], runEnd(r)));
            System.arraycopy(own, 0, typefaces, runStarts[r], own.length);
        }
    }

    /** Whether the paragraph is drawn one glyph per character, left to right, in its faces' own fonts. */
    boolean isSimple() {
        return levels == null;
    }

    RunDirection base() {
        return base;
    }

    /** The bidi level of a character: 0 in a simple paragraph. */
    int levelAt(int index) {
        return levels == null || levels.length == 0 ? 0 : levels[Math.min(index, levels.length - 1)];
    }

    /** Whether characters {@code a} and {@code b} have the same bidi level and typeface. */
    boolean sameSegment(int a, int b) {
        return levels == null || levels[a] == levels[b] && typefaces[a] == typefaces[b];
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
