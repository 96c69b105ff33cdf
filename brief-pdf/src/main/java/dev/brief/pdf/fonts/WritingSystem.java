package dev.brief.pdf.fonts;

import java.lang.Character.UnicodeScript;
import java.util.Locale;
import java.util.Map;

/**
 * The script a character is set in for font choice, with the brief's language deciding what the
 * character alone cannot: punctuation and digits (script COMMON) and combining marks (INHERITED) go
 * with the language's own script, so that an Arabic comma or an ideographic full stop comes from the
 * same font as the letters around it; and Han characters take the Japanese, Korean, Traditional or
 * Simplified Chinese forms the language asks for.
 */
record WritingSystem(UnicodeScript script, HanVariant han) {

    /** Which regional forms of Han characters a text wants. */
    enum HanVariant {
        SIMPLIFIED,
        TRADITIONAL,
        JAPANESE,
        KOREAN
    }

    /** The script each language is written in, where it is not Latin. */
    private static final Map<String, UnicodeScript> LANGUAGE_SCRIPTS = Map.ofEntries(
            Map.entry("ar", UnicodeScript.ARABIC),
            Map.entry("fa", UnicodeScript.ARABIC),
            Map.entry("ur", UnicodeScript.ARABIC),
            Map.entry("ps", UnicodeScript.ARABIC),
            Map.entry("ckb", UnicodeScript.ARABIC),
            Map.entry("he", UnicodeScript.HEBREW),
            Map.entry("yi", UnicodeScript.HEBREW),
            Map.entry("hi", UnicodeScript.DEVANAGARI),
            Map.entry("mr", UnicodeScript.DEVANAGARI),
            Map.entry("ne", UnicodeScript.DEVANAGARI),
            Map.entry("bn", UnicodeScript.BENGALI),
            Map.entry("ta", UnicodeScript.TAMIL),
            Map.entry("th", UnicodeScript.THAI),
            Map.entry("hy", UnicodeScript.ARMENIAN),
            Map.entry("ka", UnicodeScript.GEORGIAN),
            Map.entry("am", UnicodeScript.ETHIOPIC),
            Map.entry("ti", UnicodeScript.ETHIOPIC),
            Map.entry("el", UnicodeScript.GREEK),
            Map.entry("ru", UnicodeScript.CYRILLIC),
            Map.entry("uk", UnicodeScript.CYRILLIC),
            Map.entry("bg", UnicodeScript.CYRILLIC),
            Map.entry("zh", UnicodeScript.HAN),
            Map.entry("ja", UnicodeScript.HAN),
            Map.entry("ko", UnicodeScript.HAN));

    /** The writing system of {@code codePoint} in a text of language {@code languageTag} (BCP 47, may be null). */
    static WritingSystem of(int codePoint, String languageTag) {
        Locale language = Locale.forLanguageTag(languageTag == null ? "" : languageTag);
        UnicodeScript script = UnicodeScript.of(codePoint);
        if (script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED) {
            script = LANGUAGE_SCRIPTS.getOrDefault(language.getLanguage(), UnicodeScript.LATIN);
        }
        return new WritingSystem(script, hanVariant(language));
    }

    /** True for the scripts of Chinese, Japanese and Korean text, which share Han fonts. */
    boolean eastAsian() {
        return script == UnicodeScript.HAN
                || script == UnicodeScript.HIRAGANA
                || script == UnicodeScript.KATAKANA
                || script == UnicodeScript.HANGUL
                || script == UnicodeScript.BOPOMOFO;
    }

    /** The Han forms for East Asian text: kana mean Japanese and Hangul Korean, whatever the language says. */
    HanVariant eastAsianVariant() {
        if (script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA) {
            return HanVariant.JAPANESE;
        }
        if (script == UnicodeScript.HANGUL) {
            return HanVariant.KOREAN;
        }
        if (script == UnicodeScript.BOPOMOFO && han == HanVariant.SIMPLIFIED) {
            return HanVariant.TRADITIONAL;
        }
        return han;
    }

    private static HanVariant hanVariant(Locale language) {
        switch (language.getLanguage()) {
            case "ja":
                return HanVariant.JAPANESE;
            case "ko":
                return HanVariant.KOREAN;
            default:
                String region = language.getCountry();
                boolean traditional = language.getScript().equals("Hant")
                        || region.equals("TW")
                        || region.equals("HK")
                        || region.equals("MO");
                return traditional && !language.getScript().equals("Hans")
                        ? HanVariant.TRADITIONAL
                        : HanVariant.SIMPLIFIED;
        }
    }
}
