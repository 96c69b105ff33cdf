package dev.brief.pdf.fonts;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Families known to set a script well, best first, for serif or sans text: the fonts a reader of that
 * script would expect, where they are installed. Serif text takes the script's serif-like style first
 * (Naskh for Arabic, Mincho for Japanese, Ming for Chinese) and its sans style after, and the other way
 * round. Names are the fonts' typographic family names; a family that is not installed is passed over.
 */
final class PreferredFamilies {
    private static final List<String> LATIN_SERIF = List.of("Noto Serif", "DejaVu Serif", "Liberation Serif");
    private static final List<String> LATIN_SANS = List.of("Noto Sans", "DejaVu Sans", "Liberation Sans");

    private PreferredFamilies() {}

    static List<String> of(WritingSystem system, String languageTag, boolean serif) {
        String language =
                Locale.forLanguageTag(languageTag == null ? "" : languageTag).getLanguage();
        if (system.eastAsian()) {
            return eastAsian(system.eastAsianVariant(), serif);
        }
        UnicodeScript script = system.script();
        switch (script) {
            case LATIN:
            case GREEK:
            case CYRILLIC:
                return styled(serif, LATIN_SERIF, LATIN_SANS);
            case ARABIC:
                if (language.equals("ur")) {
                    return styled(
                            serif,
                            List.of("Noto Nastaliq Urdu", "Noto Naskh Arabic"),
                            List.of("Noto Sans Arabic", "Noto Kufi Arabic"));
                }
                return styled(
                        serif,
                        List.of("Noto Naskh Arabic"),
                        List.of("Noto Sans Arabic", "Noto Kufi Arabic"),
                        List.of("DejaVu Sans"));
            case HEBREW:
                return styled(serif, List.of("Noto Serif Hebrew"), List.of("Noto Sans Hebrew"), List.of("DejaVu Sans"));
            default:
                String name = scriptName(script);
                return styled(
                        serif,
                        List.of("Noto Serif " + name),
                        List.of("Noto Sans " + name),
                        List.of("Noto Looped " + name, "Noto Sans " + name + " UI"));
        }
    }

    private static List<String> eastAsian(WritingSystem.HanVariant variant, boolean serif) {
        switch (variant) {
            case JAPANESE:
                return styled(
                        serif,
                        List.of("IPAMincho", "IPAPMincho", "IPAexMincho", "Noto Serif CJK JP"),
                        List.of("IPAGothic", "IPAPGothic", "IPAexGothic", "Noto Sans CJK JP"),
                        List.of("WenQuanYi Zen Hei", "WenQuanYi Micro Hei"));
            case KOREAN:
                return styled(
                        serif,
                        List.of("NanumMyeongjo", "UnBatang", "Baekmuk Batang", "Noto Serif CJK KR"),
                        List.of("NanumGothic", "UnDotum", "Baekmuk Gulim", "Noto Sans CJK KR"),
                        List.of("WenQuanYi Zen Hei", "WenQuanYi Micro Hei"));
            case TRADITIONAL:
                return styled(
                        serif,
                        List.of("AR PL UMing TW", "AR PL UMing HK", "Noto Serif CJK TC"),
                        List.of("WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Noto Sans CJK TC"),
                        List.of("AR PL UKai TW"));
            default:
                return styled(
                        serif,
                        List.of("AR PL UMing CN", "AR PL SungtiL GB", "Noto Serif CJK SC"),
                        List.of("WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Droid Sans Fallback"),
                        List.of("AR PL UKai CN"));
        }
    }

    /** The serif list then the sans list, or the other way round, then the rest. */
    @SafeVarargs
    private static List<String> styled(boolean serif, List<String> serifs, List<String> sanses, List<String>... rest) {
        List<String> families = new ArrayList<>(serif ? serifs : sanses);
        families.addAll(serif ? sanses : serifs);
        for (List<String> more : rest) {
            families.addAll(more);
        }
        return families;
    }

    /** The script as Noto names it: OL_CHIKI is "Ol Chiki". */
    static String scriptName(UnicodeScript script) {
        StringBuilder name = new StringBuilder();
        for (String word : script.name().split("_")) {
            if (name.length() > 0) {
                name.append(' ');
            }
            name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return name.toString();
    }
}
