package dev.brief.maven.importing;

import dev.brief.maven.importing.ReadingBlocks.Reading;
import java.util.List;

/**
 * A hand-written reading order ({@code kind first words} a line) scored against the blocks an imported brief
 * reads as: an expected block comes back when a block of the same kind starts with its words (spacing aside,
 * since extraction glues and splits words at line ends); the score is the longest common subsequence, so a
 * block that comes back out of order, split so that its start is lost, or merged into the block before it
 * counts as missing.
 */
record ExpectedReading(List<Reading> expected) {
    static ExpectedReading parse(String text) {
        return new ExpectedReading(text.lines()
                .filter(line -> !line.isBlank())
                .map(line -> {
                    int space = line.indexOf(' ');
                    return new Reading(
                            line.substring(0, space), line.substring(space + 1).strip());
                })
                .toList());
    }

    /** How many expected blocks come back whole and in order. */
    int matched(List<Reading> actual) {
        int[][] table = new int[expected.size() + 1][actual.size() + 1];
        for (int i = expected.size() - 1; i >= 0; i--) {
            for (int j = actual.size() - 1; j >= 0; j--) {
                table[i][j] = matches(expected.get(i), actual.get(j))
                        ? table[i + 1][j + 1] + 1
                        : Math.max(table[i + 1][j], table[i][j + 1]);
            }
        }
        return table[0][0];
    }

    /** The expected blocks no block of the same kind starts with, for the failure message. */
    List<Reading> missing(List<Reading> actual) {
        return expected.stream()
                .filter(block -> actual.stream().noneMatch(read -> matches(block, read)))
                .toList();
    }

    /**
     * The blocks of {@code actual} that match no expected block anywhere: text the reading order should not have
     * (furniture, a masthead banner, a table broken into lines, half a paragraph). Precision counts them.
     */
    List<Reading> extra(List<Reading> actual) {
        return actual.stream()
                .filter(read -> expected.stream().noneMatch(block -> matches(block, read)))
                .toList();
    }

    static boolean matches(Reading expected, Reading actual) {
        return expected.kind().equals(actual.kind()) && squeezed(actual.text()).startsWith(squeezed(expected.text()));
    }

    private static String squeezed(String text) {
        return text.replaceAll("[\\s\\u00a0]+", "");
    }
}
