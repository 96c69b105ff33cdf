package dev.brief.pdf.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HyphenatorTest {
    private final Hyphenator american = Hyphenator.forLanguage("en-US").orElseThrow();

    @ParameterizedTest
    @CsvSource({
        "hyphenation, hy-phen-ation",
        "accessible, ac-ces-si-ble",
        "publication, pub-li-ca-tion",
        "governance, gov-er-nance",
        "Parliament, Par-lia-ment",
        "table, ta-ble",
        "associate, as-so-ciate",
        "project, project"
    })
    void hyphenatesKnownWords(String word, String expected) {
        assertThat(american.hyphenate(word, "-")).isEqualTo(expected);
    }

    @Test
    void keepsTwoLettersBeforeAndThreeAfterEveryBreak() {
        for (String word : new String[] {"hyphenation", "especially", "reorganisation", "abolition"}) {
            for (int index : american.breakIndices(word)) {
                assertThat(index).isBetween(2, word.length() - 3);
            }
        }
    }

    @Test
    void leavesAcronymsDigitsAndShortWordsAlone() {
        assertThat(american.breakIndices("UNESCO")).isEmpty();
        assertThat(american.breakIndices("COVID19")).isEmpty();
        assertThat(american.breakIndices("example.org")).isEmpty();
        assertThat(american.breakIndices("pact")).isEmpty();
    }

    @Test
    void choosesPatternsByLanguageTag() {
        assertThat(Hyphenator.forLanguage("en"))
                .map(Hyphenator::patternLanguage)
                .contains("en-us");
        assertThat(Hyphenator.forLanguage("en-GB"))
                .map(Hyphenator::patternLanguage)
                .contains("en-gb");
        assertThat(Hyphenator.forLanguage("en-au"))
                .map(Hyphenator::patternLanguage)
                .contains("en-gb");
        assertThat(Hyphenator.forLanguage("ja-JP")).isEmpty();
        assertThat(Hyphenator.forLanguage("")).isEmpty();
        assertThat(Hyphenator.forLanguage(null)).isEmpty();
    }

    @Test
    void britishPatternsFollowBritishPractice() {
        Hyphenator british = Hyphenator.forLanguage("en-GB").orElseThrow();
        assertThat(british.hyphenate("however", "-")).isEqualTo("how-ever");
        assertThat(british.hyphenate("hyphenation", "-")).contains("-");
    }

    @Test
    void sharesOneInstancePerPatternSet() {
        assertThat(Hyphenator.forLanguage("en-US").orElseThrow())
                .isSameAs(Hyphenator.forLanguage("en").orElseThrow());
    }
}
