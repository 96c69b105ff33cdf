package dev.brief.pdf.text;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One language's hyphenation data in the jar, and the typesetting minima its authors recommend (the
 * {@code hyphenmins} of each hyph-utf8 file header, kept in the {@code .lic.txt} beside the data).
 *
 * @param language the hyph-utf8 tag: names the exceptions file, {@code hyph-<language>.hyp.txt}
 * @param patternFile names the patterns file, {@code hyph-<patternFile>.pat.txt}; Bokmål and Nynorsk share
 *     the Norwegian patterns and differ only in their exceptions
 * @param leftMin fewest letters before the first hyphen of a word
 * @param rightMin fewest letters after the last hyphen of a word
 */
record PatternSet(String language, String patternFile, int leftMin, int rightMin) {
    private static final PatternSet AMERICAN = new PatternSet("en-us", "en-us", 2, 3);
    private static final PatternSet BRITISH = new PatternSet("en-gb", "en-gb", 2, 3);
    private static final PatternSet BOKMAL = new PatternSet("nb", "no", 2, 2);

    /** By primary language subtag; English is chosen by region below. */
    private static final Map<String, PatternSet> BY_LANGUAGE = Map.ofEntries(
            Map.entry("fr", same("fr", 2, 2)),
            // Every German region writes the reformed spelling; Swiss German only lacks ß, which the patterns
            // need not see.
            Map.entry("de", new PatternSet("de-1996", "de-1996", 2, 2)),
            Map.entry("es", same("es", 2, 2)),
            Map.entry("it", same("it", 2, 2)),
            Map.entry("pt", same("pt", 2, 3)),
            Map.entry("nl", same("nl", 2, 2)),
            Map.entry("ru", same("ru", 2, 2)),
            Map.entry("uk", same("uk", 2, 2)),
            Map.entry("pl", same("pl", 2, 2)),
            Map.entry("cs", same("cs", 2, 3)),
            Map.entry("sv", same("sv", 2, 2)),
            Map.entry("da", same("da", 2, 2)),
            Map.entry("nb", BOKMAL),
            // "no" names Norwegian without saying which written standard: Bokmål is the one most write.
            Map.entry("no", BOKMAL),
            Map.entry("nn", new PatternSet("nn", "no", 2, 2)),
            Map.entry("fi", same("fi", 2, 2)),
            Map.entry("tr", same("tr", 2, 2)),
            Map.entry("ca", same("ca", 2, 2)),
            Map.entry("sk", same("sk", 2, 3)),
            Map.entry("sl", same("sl", 2, 2)),
            Map.entry("hr", same("hr", 2, 2)),
            Map.entry("bg", same("bg", 2, 2)),
            // Greek is written in the monotonic system since 1982; the polytonic patterns are not shipped.
            Map.entry("el", new PatternSet("el-monoton", "el-monoton", 1, 1)),
            Map.entry("et", same("et", 2, 3)),
            // Lithuanian's header gives only the minima the patterns were generated with.
            Map.entry("lt", same("lt", 2, 2)));

    /**
     * The data for a BCP 47 language tag: its primary subtag decides ({@code de-AT} and {@code de-CH} use
     * {@code de-1996}, {@code pt-BR} uses {@code pt}), except English, whose regions that spell the British way
     * get {@code en-gb}. Empty for a null or blank tag and for languages without data.
     */
    static Optional<PatternSet> forLanguage(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return Optional.empty();
        }
        Locale locale = Locale.forLanguageTag(languageTag.strip().replace('_', '-'));
        String language = locale.getLanguage();
        if (language.equals("en")) {
            return Optional.of(britishRegion(locale.getCountry()) ? BRITISH : AMERICAN);
        }
        return Optional.ofNullable(BY_LANGUAGE.get(language));
    }

    private static boolean britishRegion(String region) {
        switch (region) {
            case "GB", "IE", "AU", "NZ", "ZA", "IN":
                return true;
            default:
                return false;
        }
    }

    private static PatternSet same(String language, int leftMin, int rightMin) {
        return new PatternSet(language, language, leftMin, rightMin);
    }
}
