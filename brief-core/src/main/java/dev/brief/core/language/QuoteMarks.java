package dev.brief.core.language;

import java.util.Locale;

/**
 * The quotation marks a language prints: {@code primary} for a quotation, {@code secondary} for one nested in
 * it, and the apostrophe. Each mark is one character in logical order (a right-to-left script's opening mark is
 * the first character of the quotation; the bidi algorithm mirrors it on the page).
 *
 * <p>The conventions chosen where a language has several (the common modern print usage, as style guides and
 * national typography references give it):
 * <ul>
 *   <li>English, Dutch, Korean, Simplified Chinese and every language not listed: “ ” and ‘ ’;
 *   <li>German, Czech: „ “ and ‚ ‘; Swiss German and Swiss French: « » and ‹ ›;
 *   <li>French, Spanish, Italian, European Portuguese: « » and “ ” (Brazilian Portuguese: “ ” and ‘ ’);
 *   <li>Russian, Ukrainian, Belarusian: « » and „ “; Polish: „ ” and « »;
 *   <li>Norwegian: « » and ‘ ’; Danish: » « and › ‹; Swedish, Finnish: ” ” and ’ ’;
 *   <li>Arabic, Persian, Urdu: « » and “ ”; Hebrew: „ ” and ‚ ’;
 *   <li>Japanese and Traditional Chinese: 「 」 and 『 』.
 * </ul>
 * The apostrophe is ’ (U+2019) in every language.
 */
public record QuoteMarks(char primaryOpen, char primaryClose, char secondaryOpen, char secondaryClose) {
    public static final char APOSTROPHE = '\u2019';

    private static final QuoteMarks ENGLISH = new QuoteMarks('“', '”', '‘', '’');
    private static final QuoteMarks GERMAN = new QuoteMarks('„', '“', '‚', '‘');
    private static final QuoteMarks GUILLEMETS = new QuoteMarks('«', '»', '“', '”');
    private static final QuoteMarks SWISS = new QuoteMarks('«', '»', '‹', '›');
    private static final QuoteMarks CYRILLIC = new QuoteMarks('«', '»', '„', '“');
    private static final QuoteMarks POLISH = new QuoteMarks('„', '”', '«', '»');
    private static final QuoteMarks NORWEGIAN = new QuoteMarks('«', '»', '‘', '’');
    private static final QuoteMarks DANISH = new QuoteMarks('»', '«', '›', '‹');
    private static final QuoteMarks NORDIC = new QuoteMarks('”', '”', '’', '’');
    private static final QuoteMarks HEBREW = new QuoteMarks('„', '”', '‚', '’');
    private static final QuoteMarks CORNER_BRACKETS = new QuoteMarks('「', '」', '『', '』');

    /** The marks of a BCP 47 tag's language (and region or script, where they differ); English ones otherwise. */
    public static QuoteMarks forLanguage(String languageTag) {
        Locale locale = Locale.forLanguageTag(
                languageTag == null ? "" : languageTag.strip().replace('_', '-'));
        String country = locale.getCountry();
        switch (locale.getLanguage()) {
            case "de":
                return country.equals("CH") || country.equals("LI") ? SWISS : GERMAN;
            case "cs":
            case "sk":
                return GERMAN;
            case "fr":
                return country.equals("CH") ? SWISS : GUILLEMETS;
            case "es":
            case "it":
            case "ca":
                return GUILLEMETS;
            case "pt":
                return country.equals("BR") ? ENGLISH : GUILLEMETS;
            case "ru":
            case "uk":
            case "be":
                return CYRILLIC;
            case "pl":
                return POLISH;
            case "nb":
            case "nn":
            case "no":
                return NORWEGIAN;
            case "da":
                return DANISH;
            case "sv":
            case "fi":
                return NORDIC;
            case "ar":
            case "fa":
            case "ur":
                return GUILLEMETS;
            case "he":
            case "iw":
                return HEBREW;
            case "ja":
                return CORNER_BRACKETS;
            case "zh":
                boolean traditional = locale.getScript().equals("Hant")
                        || country.equals("TW")
                        || country.equals("HK")
                        || country.equals("MO");
                return traditional ? CORNER_BRACKETS : ENGLISH;
            default:
                return ENGLISH;
        }
    }

    /** Whether {@code c} is one of these marks that opens a quotation (and never closes one). */
    boolean opens(char c) {
        return (c == primaryOpen || c == secondaryOpen) && c != primaryClose && c != secondaryClose;
    }
}
