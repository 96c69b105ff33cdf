package dev.brief.pdf.fonts;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What to install when no font covers a character: free fonts that cover its script, with the Debian
 * package and the Homebrew cask that install each, for the error that names the character.
 */
public final class FreeFontAdvice {
    private static final String NOTO_CORE = "fonts-noto-core";
    /** Scripts for which Noto has a serif family as well as a sans one, both in fonts-noto-core. */
    private static final Set<UnicodeScript> NOTO_SERIF_SCRIPTS = Set.of(
            UnicodeScript.ARMENIAN,
            UnicodeScript.BENGALI,
            UnicodeScript.DEVANAGARI,
            UnicodeScript.ETHIOPIC,
            UnicodeScript.GEORGIAN,
            UnicodeScript.GUJARATI,
            UnicodeScript.GURMUKHI,
            UnicodeScript.HEBREW,
            UnicodeScript.KANNADA,
            UnicodeScript.KHMER,
            UnicodeScript.LAO,
            UnicodeScript.MALAYALAM,
            UnicodeScript.MYANMAR,
            UnicodeScript.SINHALA,
            UnicodeScript.TAMIL,
            UnicodeScript.TELUGU,
            UnicodeScript.THAI,
            UnicodeScript.TIBETAN);

    private FreeFontAdvice() {}

    /**
     * A free font and how to install it.
     *
     * @param family the font's family name
     * @param debianPackage the Debian (and Ubuntu) package
     * @param homebrewCask the Homebrew cask, or null if there is none
     * @param note what else to know, or null
     */
    public record FreeFont(String family, String debianPackage, String homebrewCask, String note) {
        /** {@code Noto Naskh Arabic (Debian: fonts-noto-core; Homebrew: font-noto-naskh-arabic)}. */
        public String describe() {
            return family + " (Debian: " + debianPackage
                    + (homebrewCask == null ? "" : "; Homebrew: " + homebrewCask)
                    + (note == null ? "" : "; " + note) + ")";
        }
    }

    /** The free fonts to suggest for {@code codePoint} in a text of language {@code languageTag} (may be null). */
    public static List<FreeFont> fonts(int codePoint, String languageTag) {
        UnicodeScript own = UnicodeScript.of(codePoint);
        if (own == UnicodeScript.UNKNOWN) {
            // Private-use and unassigned code points: no general font defines them.
            return List.of();
        }
        if (own == UnicodeScript.COMMON || own == UnicodeScript.INHERITED) {
            int type = Character.getType(codePoint);
            if (type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL) {
                return List.of(
                        noto("Noto Sans Symbols 2"),
                        noto("Noto Sans Math"),
                        new FreeFont("DejaVu Sans", "fonts-dejavu-core", "font-dejavu", null));
            }
        }
        WritingSystem system = WritingSystem.of(codePoint, languageTag);
        if (system.eastAsian()) {
            return eastAsian(system.eastAsianVariant());
        }
        String language =
                Locale.forLanguageTag(languageTag == null ? "" : languageTag).getLanguage();
        UnicodeScript script = system.script();
        switch (script) {
            case LATIN:
            case GREEK:
            case CYRILLIC:
                return List.of(
                        noto("Noto Serif"),
                        noto("Noto Sans"),
                        new FreeFont("DejaVu Serif", "fonts-dejavu-core", "font-dejavu", null),
                        new FreeFont("DejaVu Sans", "fonts-dejavu-core", "font-dejavu", null));
            case ARABIC:
                List<FreeFont> arabic = new ArrayList<>();
                if (language.equals("ur")) {
                    arabic.add(noto("Noto Nastaliq Urdu"));
                }
                arabic.add(noto("Noto Naskh Arabic"));
                arabic.add(noto("Noto Sans Arabic"));
                return arabic;
            default:
                String name = PreferredFamilies.scriptName(script);
                if (NOTO_SERIF_SCRIPTS.contains(script)) {
                    return List.of(noto("Noto Serif " + name), noto("Noto Sans " + name));
                }
                return List.of(new FreeFont(
                        "Noto Sans " + name, NOTO_CORE + " or fonts-noto-extra", cask("Noto Sans " + name), null));
        }
    }

    /**
     * One sentence for an error message, e.g. {@code free fonts that cover Arabic: Noto Naskh Arabic
     * (Debian: fonts-noto-core; Homebrew: font-noto-naskh-arabic), Noto Sans Arabic (…); install one, or
     * configure a house font that covers it}.
     */
    public static String forCharacter(int codePoint, String languageTag) {
        if (UnicodeScript.of(codePoint) == UnicodeScript.UNKNOWN) {
            return "it is a private-use or unassigned code point, which no general font defines: use the house "
                    + "font that defines it, or the standard character it stands for";
        }
        WritingSystem system = WritingSystem.of(codePoint, languageTag);
        String script =
                PreferredFamilies.scriptName(system.eastAsian() ? UnicodeScript.of(codePoint) : system.script());
        return "free fonts that cover " + script + ": "
                + fonts(codePoint, languageTag).stream().map(FreeFont::describe).collect(Collectors.joining(", "))
                + "; install one (it is found in the system's font folders)";
    }

    private static List<FreeFont> eastAsian(WritingSystem.HanVariant variant) {
        FreeFont zenHei = new FreeFont("WenQuanYi Zen Hei", "fonts-wqy-zenhei", "font-wqy-zenhei", null);
        FreeFont notoCjk = new FreeFont(
                "Noto Sans CJK",
                "fonts-noto-cjk",
                "font-noto-sans-cjk",
                "CFF outlines, which PDFBox cannot embed as a subset: not usable yet");
        switch (variant) {
            case JAPANESE:
                return List.of(
                        new FreeFont("IPAMincho", "fonts-ipafont-mincho", "font-ipafont", null),
                        new FreeFont("IPAGothic", "fonts-ipafont-gothic", "font-ipafont", null),
                        zenHei,
                        notoCjk);
            case KOREAN:
                return List.of(
                        new FreeFont("NanumMyeongjo", "fonts-nanum", "font-nanum-myeongjo", null),
                        new FreeFont("NanumGothic", "fonts-nanum", "font-nanum-gothic", null),
                        zenHei,
                        notoCjk);
            case TRADITIONAL:
                return List.of(zenHei, new FreeFont("AR PL UMing", "fonts-arphic-uming", null, null), notoCjk);
            default:
                return List.of(zenHei, new FreeFont("AR PL UMing", "fonts-arphic-uming", null, null), notoCjk);
        }
    }

    private static FreeFont noto(String family) {
        return new FreeFont(family, NOTO_CORE, cask(family), null);
    }

    /** Homebrew names font casks after the family: {@code font-noto-naskh-arabic}. */
    private static String cask(String family) {
        return "font-" + family.toLowerCase(Locale.ROOT).replace(' ', '-');
    }
}
