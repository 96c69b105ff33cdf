package dev.brief.core.read;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Hands out element ids in reading order: {@code p-1, p-2 …} per kind, {@code sec-<slug>} for sections
 * (with {@code -2, -3} on clashes). The same source always yields the same ids.
 */
final class IdAllocator {
    private final Map<String, Integer> counters = new HashMap<>();
    private final Set<String> sectionIds = new HashSet<>();

    /** The next id of a kind: {@code next("p")} → {@code p-1}, then {@code p-2}. */
    String next(String kind) {
        return kind + "-" + counters.merge(kind, 1, Integer::sum);
    }

    String section(String headingText) {
        String base = "sec-" + slug(headingText);
        String id = base;
        for (int clash = 2; !sectionIds.add(id); clash++) {
            id = base + "-" + clash;
        }
        return id;
    }

    /** ASCII letters and digits joined by hyphens; accents are dropped so that ids stay XML names. */
    static String slug(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = decomposed
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "section" : slug;
    }
}
