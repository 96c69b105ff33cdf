package dev.brief.core.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which bundle serves a language tag. Chinese is chosen by script: {@code zh-Hant}, or a Taiwan, Hong Kong or
 * Macao region, reads Traditional characters; any other {@code zh} Simplified. Every other language by its
 * primary subtag alone ({@code pt-BR} → {@code pt}, {@code fr-CA} → {@code fr}).
 */
final class LabelLanguage {
    static final List<String> BUNDLES = List.of(
            "ar", "de", "en", "es", "fa", "fr", "he", "hi", "it", "ja", "ko", "nl", "pt", "ru", "uk", "ur", "zh-Hans",
            "zh-Hant");
    private static final Set<String> TRADITIONAL_REGIONS = Set.of("TW", "HK", "MO");

    private LabelLanguage() {}

    static Optional<String> bundle(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return Optional.empty();
        }
        Locale locale = Locale.forLanguageTag(languageTag.strip());
        String language = locale.getLanguage();
        if (language.equals("iw")) {
            language = "he";
        }
        if (language.equals("zh")) {
            boolean traditional = locale.getScript().equals("Hant")
                    || locale.getScript().isEmpty() && TRADITIONAL_REGIONS.contains(locale.getCountry());
            return Optional.of(traditional ? "zh-Hant" : "zh-Hans");
        }
        return BUNDLES.contains(language) ? Optional.of(language) : Optional.empty();
    }

    /**
     * The keys a house may give labels under for this tag, least specific first, lower case: {@code zh-TW}
     * gives {@code zh}, {@code zh-hant}, {@code zh-tw}; {@code pt-BR} gives {@code pt}, {@code pt-br}.
     */
    static List<String> houseKeys(String languageTag) {
        List<String> keys = new ArrayList<>();
        if (languageTag == null || languageTag.isBlank()) {
            return keys;
        }
        String[] subtags = languageTag.strip().toLowerCase(Locale.ROOT).split("-");
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < subtags.length; i++) {
            prefix.append(i == 0 ? "" : "-").append(subtags[i]);
            keys.add(prefix.toString());
            if (i == 0) {
                bundle(languageTag)
                        .map(tag -> tag.toLowerCase(Locale.ROOT))
                        .filter(tag -> !keys.contains(tag))
                        .ifPresent(keys::add);
            }
        }
        return keys;
    }
}
