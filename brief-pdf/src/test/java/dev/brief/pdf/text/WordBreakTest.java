package dev.brief.pdf.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The quick test that spares most words the search for breaks never hides a break the search would find. */
class WordBreakTest {
    private static final String ALPHABET = "abcdeXYZ019.,;:?&=#_~'\"()/@-\u2010\u2013\u2014\u200B\u00ADw";

    @Test
    void aWordTheQuickTestPassesHasNoBreakWithoutHyphenation() {
        Random random = new Random(5);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder word = new StringBuilder(random.nextInt(4) == 0 ? "www." : "");
            int length = 1 + random.nextInt(12);
            for (int k = 0; k < length; k++) {
                word.append(
                        random.nextInt(3) == 0
                                ? ALPHABET.charAt(random.nextInt(ALPHABET.length()))
                                : (char) ('a' + random.nextInt(26)));
            }
            String text = "x " + word + " y";
            int start = 2;
            int end = start + word.length();
            boolean anyBreak = Arrays.stream(WordBreak.find(word.toString(), Optional.empty()))
                    .anyMatch(Objects::nonNull);
            if (anyBreak) {
                assertThat(WordBreak.mayBreakUnhyphenated(text, start, end))
                        .as(word.toString())
                        .isTrue();
            }
        }
    }

    @Test
    void plainWordsAndUrlsAreToldApart() {
        assertThat(WordBreak.mayBreakUnhyphenated("accountability", 0, 14)).isFalse();
        assertThat(WordBreak.mayBreakUnhyphenated("e.g.", 0, 4)).isFalse();
        assertThat(WordBreak.mayBreakUnhyphenated("well-being", 0, 10)).isTrue();
        assertThat(WordBreak.mayBreakUnhyphenated("www.example.org", 0, 15)).isTrue();
        assertThat(WordBreak.mayBreakUnhyphenated("a www.x", 2, 7)).isTrue();
    }
}
