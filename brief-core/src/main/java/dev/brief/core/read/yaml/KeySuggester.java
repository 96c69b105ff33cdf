package dev.brief.core.read.yaml;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Finds the valid name closest to a misspelt one, so that a diagnostic can say what was probably meant. */
public final class KeySuggester {
    private KeySuggester() {}

    public static Optional<String> nearest(String wrong, Collection<String> valid) {
        String lower = wrong.toLowerCase(java.util.Locale.ROOT);
        return valid.stream()
                .sorted()
                .min(Comparator.comparingInt(candidate -> distance(lower, candidate)))
                .filter(candidate -> distance(lower, candidate) <= Math.max(2, candidate.length() / 3));
    }

    /** Levenshtein distance, with "_" and "-" treated as the same character (YAML keys use either). */
    static int distance(String a, String b) {
        a = a.replace('_', '-');
        b = b.replace('_', '-');
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
