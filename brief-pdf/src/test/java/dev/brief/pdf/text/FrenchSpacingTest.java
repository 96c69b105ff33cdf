package dev.brief.pdf.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.brief.pdf.fonts.Face;
import dev.brief.pdf.fonts.FontLibrary;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The narrow no-break spaces of French punctuation ({@code FrenchPunctuation}) as the line breaker sets them. */
class FrenchSpacingTest {
    /** Marks both with the author's space and without one, a URL, times and a ratio. */
    private static final String TEXT = "Le rapport pose trois questions : qui finance la coopération ? Qui en"
            + " rend compte? Et selon quelles règles; avec quel contrôle ! Le comité l’a dit: « il faut agir »"
            + " et aussi «vite». Réunion à 10:30, rapport 3:2, voir https://exemple.fr/page?id=4 ou"
            + " contact@exemple.fr: merci! Les conclusions suivent ; elles engagent le gouvernement : toutes.";

    private final LineBreaker breaker = new LineBreaker(FontLibrary.bundled());

    @Test
    void noLineStartsWithAMarkThatTakesANarrowSpace() {
        for (float width = 60; width <= 200; width += 7) {
            BrokenParagraph<String> paragraph =
                    breaker.breakLines(plain(TEXT), LineWidths.uniform(width), Alignment.JUSTIFIED, "fr");
            List<Line<String>> lines = paragraph.lines();
            for (int l = 0; l < lines.size(); l++) {
                String line = lines.get(l).text();
                assertThat(line)
                        .as("line %d at width %s", l, width)
                        .doesNotStartWith(":")
                        .doesNotStartWith("?")
                        .doesNotStartWith("!")
                        .doesNotStartWith(";")
                        .doesNotStartWith("»");
                assertThat(line.stripTrailing())
                        .as("line %d at width %s", l, width)
                        .doesNotEndWith("«");
            }
            // The text of the lines is the source's: nothing was added for the gaps.
            assertThat(lines.stream().map(Line::text).collect(Collectors.joining()))
                    .isEqualTo(TEXT);
        }
    }

    @Test
    void aNarrowGapSeparatesAMarkTypedWithoutASpace() {
        String text = "Qui en rend compte? Personne.";
        Line<String> french =
                onlyLine(breaker.breakLines(plain(text), LineWidths.uniform(500), Alignment.RAGGED_RIGHT, "fr"));
        Line<String> english =
                onlyLine(breaker.breakLines(plain(text), LineWidths.uniform(500), Alignment.RAGGED_RIGHT, "en"));

        Piece<String> word = piece(french, "compte");
        Piece<String> mark = piece(french, "?");
        float narrow = FontLibrary.bundled().metrics(Face.SERIF_REGULAR).width('\u202F', 10);
        assertThat(narrow).isGreaterThan(0);
        assertThat(mark.x() - (word.x() + word.width())).isCloseTo(narrow, within(0.01f));
        assertThat(piece(english, "compte?")).isNotNull();
        assertThat(french.text()).isEqualTo(text);
    }

    @Test
    void theAuthorsSpaceBecomesNarrowAndDoesNotStretch() {
        String text = "Trois questions : qui finance la coopération internationale et pourquoi faut-il agir ?"
                + " Encore une phrase assez longue pour remplir plusieurs lignes justifiées du paragraphe.";
        BrokenParagraph<String> paragraph =
                breaker.breakLines(plain(text), LineWidths.uniform(150), Alignment.JUSTIFIED, "fr");
        float narrow = FontLibrary.bundled().metrics(Face.SERIF_REGULAR).width('\u202F', 10);
        List<Piece<String>> spacesBeforeMarks = new ArrayList<>();
        for (Line<String> line : paragraph.lines()) {
            List<Piece<String>> pieces = line.pieces();
            for (int p = 0; p + 1 < pieces.size(); p++) {
                String next = pieces.get(p + 1).sourceText();
                if (pieces.get(p).space() && (next.startsWith(":") || next.startsWith("?"))) {
                    spacesBeforeMarks.add(pieces.get(p));
                    assertThat(pieces.get(p + 1).x() - pieces.get(p).x()).isCloseTo(narrow, within(0.01f));
                }
            }
        }
        assertThat(spacesBeforeMarks).hasSize(2);
        assertThat(spacesBeforeMarks).allMatch(space -> space.sourceText().equals(" "));
    }

    private static List<StyledRun<String>> plain(String text) {
        return List.of(new StyledRun<>(text, Face.SERIF_REGULAR, 10, "p-1"));
    }

    private static Line<String> onlyLine(BrokenParagraph<String> paragraph) {
        assertThat(paragraph.lines()).hasSize(1);
        return paragraph.lines().get(0);
    }

    private static Piece<String> piece(Line<String> line, String source) {
        return line.pieces().stream()
                .filter(piece -> piece.sourceText().equals(source))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no piece " + source + " in " + line.pieces()));
    }
}
