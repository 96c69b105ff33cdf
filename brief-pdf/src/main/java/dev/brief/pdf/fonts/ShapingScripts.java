package dev.brief.pdf.fonts;

import java.util.List;
import java.util.Map;

/**
 * The scripts whose letters change shape with their neighbours (joining, conjuncts, reordered vowels), and the
 * OpenType script tags a font's GSUB table must list to shape them. A font that has such a script's characters
 * but no substitutions for it would draw every letter isolated: an unreadable page that every validator passes.
 */
final class ShapingScripts {
    private static final Map<Character.UnicodeScript, List<String>> TAGS = Map.ofEntries(
            Map.entry(Character.UnicodeScript.ARABIC, List.of("arab")),
            Map.entry(Character.UnicodeScript.SYRIAC, List.of("syrc")),
            Map.entry(Character.UnicodeScript.NKO, List.of("nko ")),
            Map.entry(Character.UnicodeScript.MONGOLIAN, List.of("mong")),
            Map.entry(Character.UnicodeScript.DEVANAGARI, List.of("dev2", "deva")),
            Map.entry(Character.UnicodeScript.BENGALI, List.of("bng2", "beng")),
            Map.entry(Character.UnicodeScript.GURMUKHI, List.of("gur2", "guru")),
            Map.entry(Character.UnicodeScript.GUJARATI, List.of("gjr2", "gujr")),
            Map.entry(Character.UnicodeScript.ORIYA, List.of("ory2", "orya")),
            Map.entry(Character.UnicodeScript.TAMIL, List.of("tml2", "taml")),
            Map.entry(Character.UnicodeScript.TELUGU, List.of("tel2", "telu")),
            Map.entry(Character.UnicodeScript.KANNADA, List.of("knd2", "knda")),
            Map.entry(Character.UnicodeScript.MALAYALAM, List.of("mlm2", "mlym")),
            Map.entry(Character.UnicodeScript.SINHALA, List.of("sinh")),
            Map.entry(Character.UnicodeScript.MYANMAR, List.of("mym2", "mymr")),
            Map.entry(Character.UnicodeScript.KHMER, List.of("khmr")),
            Map.entry(Character.UnicodeScript.TIBETAN, List.of("tibt")));

    private ShapingScripts() {}

    /** The GSUB script tags of which a font needs one to shape {@code script}; empty when it needs none. */
    static List<String> requiredTags(Character.UnicodeScript script) {
        return TAGS.getOrDefault(script, List.of());
    }

    /** The script of a character as far as shaping is concerned: marks and punctuation need nothing. */
    static Character.UnicodeScript of(int codePoint) {
        return Character.UnicodeScript.of(codePoint);
    }
}
