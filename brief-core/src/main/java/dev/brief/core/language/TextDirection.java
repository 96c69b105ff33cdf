package dev.brief.core.language;

import java.util.Locale;
import java.util.Set;

/**
 * The base direction of a brief's text, from its BCP 47 language tag: right to left for the languages written
 * in Arabic, Hebrew, Thaana, Syriac, N'Ko or Adlam script, unless a script subtag says otherwise
 * ({@code az-Arab} is right to left, {@code ku-Latn} left to right). Every edition mirrors its layout by it.
 */
public enum TextDirection {
    LEFT_TO_RIGHT("ltr"),
    RIGHT_TO_LEFT("rtl");

    private static final Set<String> RIGHT_TO_LEFT_LANGUAGES =
            Set.of("ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ps", "sd", "ug", "ur", "yi");
    private static final Set<String> RIGHT_TO_LEFT_SCRIPTS = Set.of("Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm");

    private final String attribute;

    TextDirection(String attribute) {
        this.attribute = attribute;
    }

    /** The value of HTML's {@code dir} attribute and of EPUB's {@code page-progression-direction}. */
    public String attribute() {
        return attribute;
    }

    public boolean isRightToLeft() {
        return this == RIGHT_TO_LEFT;
    }

    /** The direction of a language tag; left to right for a null, blank or unknown tag. */
    public static TextDirection of(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return LEFT_TO_RIGHT;
        }
        Locale locale = Locale.forLanguageTag(languageTag.strip());
        String script = locale.getScript();
        if (!script.isEmpty()) {
            return RIGHT_TO_LEFT_SCRIPTS.contains(script) ? RIGHT_TO_LEFT : LEFT_TO_RIGHT;
        }
        return RIGHT_TO_LEFT_LANGUAGES.contains(locale.getLanguage()) ? RIGHT_TO_LEFT : LEFT_TO_RIGHT;
    }
}
