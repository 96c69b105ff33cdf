package dev.brief.core.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The importer moves and re-labels text but never loses or duplicates it: the words of the input, less the
 * markup it consumes (see {@link VisibleWords#ofLegacy}), are exactly the words of the output, less the
 * language it assumed.
 */
class WordPreservationTest {

    @ParameterizedTest
    @ValueSource(strings = {"harbour-resilience.md", "river-data.md"})
    void everyWordOfTheInputIsInTheOutputOnce(String fixture) {
        String legacy = LegacyFixtures.text(fixture);

        ImportResult result = LegacyImporter.convert(legacy, Path.of(fixture));

        Map<String, Integer> output =
                VisibleWords.without(VisibleWords.ofSource(result.source()), LegacyImporter.DEFAULT_LANGUAGE);
        assertThat(output).isEqualTo(VisibleWords.ofLegacy(legacy));
    }

    @ParameterizedTest
    @ValueSource(strings = {"harbour-resilience.md", "river-data.md"})
    void theComparisonNoticesALostWord(String fixture) {
        String legacy = LegacyFixtures.text(fixture);
        String source = LegacyImporter.convert(legacy, Path.of(fixture)).source();
        String damaged = source.replaceFirst("harbour|river", "");

        Map<String, Integer> output =
                VisibleWords.without(VisibleWords.ofSource(damaged), LegacyImporter.DEFAULT_LANGUAGE);
        assertThat(output).isNotEqualTo(VisibleWords.ofLegacy(legacy));
    }
}
