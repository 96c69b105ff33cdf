package dev.brief.core.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchPunctuationTest {
    private static final FrenchPunctuation FRENCH = FrenchPunctuation.forLanguage("fr");

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Pourquoi?|8|true", "Note: la suite|4|true", "fin;|3|true", "Bravo!|5|true",
                        "(voir ci-dessus)?|16|true",
                "«Bonjour»|1|true", "«Bonjour»|8|true", "Quoi?!|5|false", "10:30|2|false", "3:2|1|false",
                "https://exemple.fr|5|false", "mailto:a@b.fr|6|false", "www.exemple.fr/x?|16|false", "a:b|1|false"
            })
    void addsAGapOnlyWhereTheRuleSays(String text, int index, boolean gap) {
        assertThat(FRENCH.gapBefore(text, index)).isEqualTo(gap);
    }

    @Test
    void swissFrenchSpacesOnlyTheColonAndGuillemets() {
        FrenchPunctuation swiss = FrenchPunctuation.forLanguage("fr-CH");
        assertThat(swiss.gapBefore("Pourquoi?", 8)).isFalse();
        assertThat(swiss.gapBefore("fin;", 3)).isFalse();
        assertThat(swiss.gapBefore("Note:", 4)).isTrue();
        assertThat(swiss.gapBefore("«oui»", 1)).isTrue();
        assertThat(swiss.narrowsSpaces("Pourquoi ?", 8, 9)).isFalse();
        assertThat(swiss.narrowsSpaces("Note : oui", 4, 5)).isTrue();
        assertThat(swiss.withNarrowSpaces("Vraiment ? Note : « oui »"))
                .isEqualTo("Vraiment ? Note\u202F: «\u202Foui\u202F»");
    }

    @Test
    void otherLanguagesAreLeftAlone() {
        for (String tag : new String[] {"en", "de-CH", "", null}) {
            FrenchPunctuation none = FrenchPunctuation.forLanguage(tag);
            assertThat(none.applies()).isFalse();
            assertThat(none.gapBefore("Why?", 3)).isFalse();
            assertThat(none.narrowsSpaces("Why ?", 3, 4)).isFalse();
            assertThat(none.withNarrowSpaces("« Why ? »")).isEqualTo("« Why ? »");
        }
        assertThat(FrenchPunctuation.forLanguage("fr-CA").gapBefore("Pourquoi?", 8))
                .isTrue();
    }

    @Test
    void writesNarrowNoBreakSpacesInPlaceOfSpacesAndWhereThereAreNone() {
        assertThat(FRENCH.withNarrowSpaces("Qui paie ? Et comment? Il dit : « oui »; «vite»!"))
                .isEqualTo("Qui paie\u202F? Et comment\u202F? Il dit\u202F: «\u202Foui\u202F»\u202F; "
                        + "«\u202Fvite\u202F»\u202F!");
        // A run of spaces before a mark becomes one narrow space.
        assertThat(FRENCH.withNarrowSpaces("Vraiment  ?")).isEqualTo("Vraiment\u202F?");
        assertThat(FRENCH.withNarrowSpaces("À 10:30, ratio 3:2, https://exemple.fr/a?b=1 et a@b.fr: fin"))
                .isEqualTo("À 10:30, ratio 3:2, https://exemple.fr/a?b=1 et a@b.fr: fin");
        // Spaces the author typed stay as they are, and get no narrow space beside them.
        assertThat(FRENCH.withNarrowSpaces("«\u00A0oui\u00A0» et «\u202Fnon\u202F»\u00A0!"))
                .isEqualTo("«\u00A0oui\u00A0» et «\u202Fnon\u202F»\u00A0!");
        String unchanged = "Rien à changer.";
        assertThat(FRENCH.withNarrowSpaces(unchanged)).isSameAs(unchanged);
    }
}
