package dev.brief.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.house.HouseStyle;
import dev.brief.core.model.Block;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Identifiers;
import dev.brief.core.model.Inline;
import dev.brief.core.model.Metadata;
import dev.brief.core.model.Section;
import dev.brief.pdf.inspect.PdfInspection;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Briefs in languages other than English are hyphenated by their own patterns, and a hyphenated word still
 * reads whole in the structure text: the hyphen is drawn, never read.
 */
class HyphenatedLanguagesTest {
    private static final String GERMAN = "Die Bundesregierung veröffentlicht jährlich eine Zusammenfassung der"
            + " Entwicklungszusammenarbeit, deren Verantwortungsbereiche sich zwischen Wirtschaftspolitik,"
            + " Sicherheitspolitik und Menschenrechtsfragen verschieben. Die Arbeitsgemeinschaft empfiehlt"
            + " Rechenschaftsberichte, Wirkungsanalysen und Haushaltsverhandlungen, die Transparenzanforderungen"
            + " der Zivilgesellschaft ernst nehmen.";
    private static final String FRENCH = "Le gouvernement publie chaque année une présentation synthétique de la"
            + " coopération internationale, dont les responsabilités administratives se répartissent entre"
            + " développement économique, sécurité alimentaire et questions environnementales. L’administration"
            + " recommande d’approfondir l’accompagnement institutionnel et l’interopérabilité des informations"
            + " budgétaires.";

    @ParameterizedTest(name = "{0}")
    @CsvSource({"de-DE, GERMAN", "fr, FRENCH"})
    void hyphenatedWordsReadWhole(String language, String which) throws IOException {
        String paragraph = which.equals("GERMAN") ? GERMAN : FRENCH;
        TestPdfs.Written written =
                TestPdfs.write(brief(language, paragraph), TestPdfs.fixtureImages(), HouseStyle.defaults());

        // The page shows hyphens at line ends that the source does not have ...
        String shown = TestPdfs.pageText(written.bytes(), 1);
        Matcher lineEnd = Pattern.compile("(\\p{L}+)-\\R").matcher(shown);
        assertThat(lineEnd.find()).as("a hyphenated line end in%n%s", shown).isTrue();
        assertThat(paragraph).doesNotContain(lineEnd.group(1) + "-");
        // ... and the structure reads the paragraph exactly as written, every word whole.
        List<String> reading = PdfInspection.of(written.bytes()).readingText();
        assertThat(reading).contains(paragraph);
    }

    private static Brief brief(String language, String paragraph) {
        Metadata metadata = new Metadata(
                "Titel",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                language,
                List.of(),
                Identifiers.none(),
                List.of(),
                Optional.empty());
        Section section = new Section(
                "sec-1",
                2,
                List.of(new Inline.Text("Abschnitt")),
                List.of(new Block.Paragraph("p-1", List.of(new Inline.Text(paragraph)))),
                List.of());
        return new Brief(metadata, Optional.empty(), List.of(), List.of(section), List.of(), Optional.empty());
    }
}
