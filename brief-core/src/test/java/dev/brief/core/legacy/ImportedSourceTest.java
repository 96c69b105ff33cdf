package dev.brief.core.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each legacy fixture converts to exactly its reviewed source and warnings ({@code NAME.expected.md},
 * {@code NAME.warnings.txt}). Regenerate with {@code -Dbrief.accept=true} and review the diff.
 */
class ImportedSourceTest {

    @ParameterizedTest
    @ValueSource(strings = {"harbour-resilience", "river-data"})
    void convertsToTheReviewedSource(String fixture) {
        ImportResult result = LegacyImporter.convert(LegacyFixtures.text(fixture + ".md"), Path.of(fixture + ".md"));
        String warnings =
                result.diagnostics().stream().map(Diagnostic::toString).collect(Collectors.joining("\n", "", "\n"));

        if (LegacyFixtures.ACCEPT) {
            LegacyFixtures.write(fixture + ".expected.md", result.source());
            LegacyFixtures.write(fixture + ".warnings.txt", warnings);
        }
        assertThat(result.source()).isEqualTo(LegacyFixtures.text(fixture + ".expected.md"));
        assertThat(warnings).isEqualTo(LegacyFixtures.text(fixture + ".warnings.txt"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"harbour-resilience", "river-data"})
    void convertingTwiceGivesTheSameBytes(String fixture) {
        String legacy = LegacyFixtures.text(fixture + ".md");

        String first = LegacyImporter.convert(legacy, Path.of(fixture + ".md")).source();
        String second = LegacyImporter.convert(legacy, Path.of(fixture + ".md")).source();

        assertThat(second).isEqualTo(first);
    }

    @ParameterizedTest
    @ValueSource(strings = {"harbour-resilience", "river-data"})
    void theConvertedSourceIsNoLongerLegacy(String fixture) {
        String legacy = LegacyFixtures.text(fixture + ".md");

        assertThat(LegacyImporter.looksLegacy(legacy)).isTrue();
        assertThat(LegacyImporter.looksLegacy(
                        LegacyImporter.convert(legacy, Path.of(fixture + ".md")).source()))
                .isFalse();
    }
}
