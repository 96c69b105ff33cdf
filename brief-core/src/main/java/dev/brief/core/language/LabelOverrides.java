package dev.brief.core.language;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The labels a house file gives in place of the bundles': {@code everyLanguage} for briefs in any language,
 * {@code byLanguage} for briefs in one language (keys are language tags, lower case). For a brief, a label
 * given for its language wins over one given for every language, and a more specific tag over a shorter one
 * ({@code pt-br} over {@code pt}).
 */
public record LabelOverrides(Map<Label, String> everyLanguage, Map<String, Map<Label, String>> byLanguage) {
    private static final LabelOverrides NONE = new LabelOverrides(Map.of(), Map.of());

    public LabelOverrides {
        everyLanguage = Map.copyOf(everyLanguage);
        Map<String, Map<Label, String>> copy = new LinkedHashMap<>();
        byLanguage.forEach((tag, labels) -> copy.put(tag.toLowerCase(Locale.ROOT), Map.copyOf(labels)));
        byLanguage = Map.copyOf(copy);
        everyLanguage.forEach(LabelOverrides::requireFitting);
        byLanguage.values().forEach(labels -> labels.forEach(LabelOverrides::requireFitting));
    }

    /** The house reader reports unfit texts; one that arrives here anyway is a bug. */
    private static void requireFitting(Label label, String text) {
        label.problemWith(text).ifPresent(problem -> {
            throw new IllegalArgumentException(problem + ": " + text);
        });
    }

    public static LabelOverrides none() {
        return NONE;
    }

    public boolean isEmpty() {
        return everyLanguage.isEmpty() && byLanguage.isEmpty();
    }

    /** What this house says for a brief in {@code languageTag}, every label it gives, merged. */
    public Map<Label, String> forLanguage(String languageTag) {
        Map<Label, String> merged = new EnumMap<>(Label.class);
        merged.putAll(everyLanguage);
        for (String key : LabelLanguage.houseKeys(languageTag)) {
            merged.putAll(byLanguage.getOrDefault(key, Map.of()));
        }
        return merged;
    }

    /** Whether this house gives every label for {@code languageTag}, so that no bundle is needed for it. */
    public boolean coversAll(String languageTag) {
        return forLanguage(languageTag).size() == Label.values().length;
    }
}
