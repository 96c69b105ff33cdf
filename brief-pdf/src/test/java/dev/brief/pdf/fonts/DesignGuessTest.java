package dev.brief.pdf.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DesignGuessTest {
    @Test
    void namesSayTheDesignInTheirScriptsOwnTerms() {
        for (String serif : new String[] {
            "Noto Naskh Arabic",
            "IPAMincho",
            "IPAexMincho",
            "AR PL UMing TW",
            "Noto Serif CJK JP",
            "NanumMyeongjo",
            "DejaVu Serif",
            "Noto Nastaliq Urdu",
            "Adobe Song Std"
        }) {
            assertThat(DesignGuess.byName(serif)).as(serif).isEqualTo(InstalledFont.Design.SERIF);
        }
        for (String sans : new String[] {
            "Noto Sans Arabic",
            "Noto Kufi Arabic",
            "IPAPGothic",
            "WenQuanYi Zen Hei",
            "Noto Sans CJK KR",
            "DejaVuSans",
            "Source Sans 3",
            "Heiti SC"
        }) {
            assertThat(DesignGuess.byName(sans)).as(sans).isEqualTo(InstalledFont.Design.SANS);
        }
        for (String undecided : new String[] {"Liberation Mono", "Heisei Kaku", "Mingzat", "Songbird"}) {
            assertThat(DesignGuess.byName(undecided)).as(undecided).isEqualTo(InstalledFont.Design.UNKNOWN);
        }
    }
}
