package dev.brief.core.language;

import java.util.Locale;

/**
 * The comma that joins the parts of a list the editions compose themselves (an author and an affiliation):
 * Arabic script's reversed comma (U+060C), the full-width comma of Chinese and the ideographic comma of
 * Japanese, which take no space after them, and the Latin comma and a space elsewhere.
 */
public final class ListComma {
    private ListComma() {}

    /** The comma and the space after it, if any, for a text in the language of {@code languageTag}. */
    public static String forLanguage(String languageTag) {
        String language =
                Locale.forLanguageTag(languageTag == null ? "" : languageTag).getLanguage();
        return switch (language) {
            case "ar", "fa", "ur", "ps", "ku", "sd", "ug" -> "\u060C ";
            case "zh" -> "\uFF0C";
            case "ja" -> "\u3001";
            default -> ", ";
        };
    }
}
