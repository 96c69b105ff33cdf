package dev.brief.pdf.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The advice for a character no font covers names free fonts for its script and their packages. */
class FreeFontAdviceTest {
    @Test
    void arabic() {
        assertThat(FreeFontAdvice.forCharacter(0x0645, "ar"))
                .isEqualTo("free fonts that cover Arabic: "
                        + "Noto Naskh Arabic (Debian: fonts-noto-core; Homebrew: font-noto-naskh-arabic), "
                        + "Noto Sans Arabic (Debian: fonts-noto-core; Homebrew: font-noto-sans-arabic); "
                        + "install one (it is found in the system's font folders)");
        assertThat(FreeFontAdvice.fonts(0x0645, "ur"))
                .extracting(FreeFontAdvice.FreeFont::family)
                .startsWith("Noto Nastaliq Urdu");
        assertThat(FreeFontAdvice.forCharacter(0x060C, "fa")).startsWith("free fonts that cover Arabic: Noto Naskh");
    }

    @Test
    void hanDependsOnTheLanguageAndWarnsOfCff() {
        assertThat(FreeFontAdvice.forCharacter(0x4E2D, "zh"))
                .startsWith("free fonts that cover Han: "
                        + "WenQuanYi Zen Hei (Debian: fonts-wqy-zenhei; Homebrew: font-wqy-zenhei), ")
                .contains("Noto Sans CJK (Debian: fonts-noto-cjk; Homebrew: font-noto-sans-cjk; CFF outlines");
        assertThat(FreeFontAdvice.forCharacter(0x4E2D, "ja"))
                .startsWith("free fonts that cover Han: "
                        + "IPAMincho (Debian: fonts-ipafont-mincho; Homebrew: font-ipafont), "
                        + "IPAGothic (Debian: fonts-ipafont-gothic; Homebrew: font-ipafont), WenQuanYi Zen Hei");
        assertThat(FreeFontAdvice.forCharacter(0x3042, null)).startsWith("free fonts that cover Hiragana: IPAMincho");
        assertThat(FreeFontAdvice.forCharacter(0xAC00, "ko")).startsWith("free fonts that cover Hangul: NanumMyeongjo");
    }

    @Test
    void otherScriptsNameNotoFamiliesByTheScript() {
        assertThat(FreeFontAdvice.forCharacter(0x05D0, "he"))
                .contains(
                        "Noto Serif Hebrew (Debian: fonts-noto-core; Homebrew: font-noto-serif-hebrew)",
                        "Noto Sans Hebrew (Debian: fonts-noto-core; Homebrew: font-noto-sans-hebrew)");
        assertThat(FreeFontAdvice.forCharacter(0x0915, "hi")).contains("Noto Serif Devanagari", "Noto Sans Devanagari");
        assertThat(FreeFontAdvice.forCharacter(0x0E01, "th")).contains("Noto Sans Thai (Debian: fonts-noto-core");
        assertThat(FreeFontAdvice.forCharacter(0x0531, "hy")).contains("cover Armenian: Noto Serif Armenian");
        assertThat(FreeFontAdvice.forCharacter(0x10D0, "ka")).contains("cover Georgian: Noto Serif Georgian");
        assertThat(FreeFontAdvice.forCharacter(0x1200, "am")).contains("cover Ethiopic: Noto Serif Ethiopic");
        assertThat(FreeFontAdvice.forCharacter(0x0B95, "ta")).contains("cover Tamil: Noto Serif Tamil");
        assertThat(FreeFontAdvice.forCharacter(0x0995, "bn")).contains("cover Bengali: Noto Serif Bengali");
        assertThat(FreeFontAdvice.forCharacter(0x1C5A, null))
                .contains("cover Ol Chiki: Noto Sans Ol Chiki "
                        + "(Debian: fonts-noto-core or fonts-noto-extra; Homebrew: font-noto-sans-ol-chiki)");
    }

    @Test
    void greekCyrillicAndSymbols() {
        assertThat(FreeFontAdvice.forCharacter(0x03B1, "el"))
                .startsWith("free fonts that cover Greek: Noto Serif ")
                .contains("DejaVu Serif (Debian: fonts-dejavu-core; Homebrew: font-dejavu)");
        assertThat(FreeFontAdvice.forCharacter(0x0416, "ru")).startsWith("free fonts that cover Cyrillic: Noto Serif ");
        assertThat(FreeFontAdvice.fonts(0x2603, "en"))
                .extracting(FreeFontAdvice.FreeFont::family)
                .contains("Noto Sans Symbols 2");
    }

    @Test
    void privateUseCharactersAreNotSentToAFontPackage() {
        assertThat(FreeFontAdvice.fonts(0xF0001, "en")).isEmpty();
        assertThat(FreeFontAdvice.forCharacter(0xE000, "en"))
                .contains("private-use")
                .doesNotContain("Noto");
    }
}
