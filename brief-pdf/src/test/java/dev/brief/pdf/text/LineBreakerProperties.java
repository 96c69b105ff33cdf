package dev.brief.pdf.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.pdf.fonts.Face;
import dev.brief.pdf.fonts.FontLibrary;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.FloatRange;

/** Invariants of line breaking over random paragraphs, widths and alignments. */
class LineBreakerProperties {
    private static final float EPSILON = 0.01f;
    private static final String[] WORDS = {
        "a",
        "of",
        "the",
        "data",
        "trust",
        "council",
        "residents",
        "hyphenation",
        "accountability",
        "institutional",
        "procurement",
        "considerably",
        "interoperability",
        "2026",
        "37.5%",
        "well-known",
        "NATO",
        "UNESCO's",
        "(see",
        "note)",
        "“quoted”",
        "naïve",
        "façade",
        "—",
        "https://data.example.org/reports/2026/annex-b.pdf",
        "www.example.org/a/b",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJ",
        "co\u00ADoperation",
        "10\u00A0km",
        "e.g.",
        "and/or",
        "pre-\u200Bprocessing",
        "Mississippi,"
    };
    private static final String[] FRENCH_WORDS = {
        "le",
        "de",
        "coopération",
        "développement",
        "questions",
        ":",
        "?",
        "!",
        ";",
        "«",
        "»",
        "compte?",
        "règles;",
        "dit:",
        "«vite»",
        "l’information",
        "10:30",
        "3:2",
        "https://exemple.fr/page?id=4",
        "contact@exemple.fr:",
        "Quoi?!",
        "(voir)?",
        "interopérabilité",
        "gouvernement"
    };
    private static final String[] GLUE = {" ", " ", " ", " ", " ", "  ", "\n", " \n", "\t"};
    private static final Face[] FACES = {
        Face.SERIF_REGULAR, Face.SERIF_ITALIC, Face.SERIF_BOLD, Face.SANS_REGULAR, Face.SANS_SEMIBOLD
    };

    private final LineBreaker breaker = new LineBreaker(FontLibrary.bundled());

    @Property(tries = 300)
    void linesNeverExceedTheirWidthAndGiveBackTheText(
            @ForAll("paragraphs") List<StyledRun<Integer>> runs,
            @ForAll @FloatRange(min = 60, max = 420) float width,
            @ForAll @FloatRange(min = 40, max = 420) float firstWidth,
            @ForAll Alignment alignment) {
        LineWidths widths = new LineWidths(firstWidth, 2, width);
        assertInvariants(runs, widths, breaker.breakLines(runs, widths, alignment, "en-US"));
    }

    /** The same in French, whose punctuation takes narrow no-break spaces, some of them not in the text. */
    @Property(tries = 200)
    void frenchLinesKeepTheSameInvariantsAndNoLineStartsWithAMark(
            @ForAll("frenchParagraphs") List<StyledRun<Integer>> runs,
            @ForAll @FloatRange(min = 60, max = 420) float width,
            @ForAll Alignment alignment) {
        LineWidths widths = LineWidths.uniform(width);
        BrokenParagraph<Integer> paragraph = breaker.breakLines(runs, widths, alignment, "fr");
        assertInvariants(runs, widths, paragraph);
        List<Line<Integer>> lines = paragraph.lines();
        // The first line, and a line after the author's line feed, may start with anything.
        for (int i = 1; i < lines.size(); i++) {
            if (!lines.get(i - 1).forcedBreak()) {
                assertThat(lines.get(i).text())
                        .doesNotStartWith(":")
                        .doesNotStartWith("?")
                        .doesNotStartWith("»");
            }
        }
    }

    private static void assertInvariants(
            List<StyledRun<Integer>> runs, LineWidths widths, BrokenParagraph<Integer> paragraph) {
        String text = runs.stream().map(StyledRun::text).collect(Collectors.joining());
        assertThat(paragraph.lines().stream().map(Line::text).collect(Collectors.joining()))
                .isEqualTo(text);
        boolean afterForcedBreak = false;
        for (int i = 0; i < paragraph.lineCount(); i++) {
            Line<Integer> line = paragraph.lines().get(i);
            assertThat(line.width()).isEqualTo(widths.width(i));
            assertThat(line.contentWidth()).isLessThanOrEqualTo(line.width() + EPSILON);
            assertThat(line.adjustmentRatio()).isGreaterThanOrEqualTo(-1f);
            float previousX = -EPSILON;
            for (Piece<Integer> piece : line.pieces()) {
                assertThat(piece.x()).isGreaterThanOrEqualTo(previousX);
                previousX = piece.x();
                if (!piece.space()) {
                    assertThat(piece.x() + piece.width()).isLessThanOrEqualTo(line.width() + EPSILON);
                }
                assertThat(piece.owner()).isBetween(0, runs.size() - 1);
                assertThat(text.substring(
                                piece.offset(),
                                piece.offset() + piece.sourceText().length()))
                        .isEqualTo(piece.sourceText());
            }
            assertPiecesShowTheLine(line, afterForcedBreak);
            afterForcedBreak = line.forcedBreak();
        }
    }

    @Property(tries = 200)
    void justifiedLinesFillTheWidth(
            @ForAll("paragraphs") List<StyledRun<Integer>> runs, @ForAll @FloatRange(min = 60, max = 420) float width) {
        BrokenParagraph<Integer> paragraph =
                breaker.breakLines(runs, LineWidths.uniform(width), Alignment.JUSTIFIED, "en");

        List<Line<Integer>> lines = paragraph.lines();
        for (int i = 0; i < lines.size() - 1; i++) {
            Line<Integer> line = lines.get(i);
            if (!line.forcedBreak() && interiorSpaces(line) > 0) {
                assertThat(line.contentWidth()).isBetween(width - EPSILON, width + EPSILON);
            }
        }
    }

    /** The pieces show the line's characters, less line feeds and the spaces a break discarded. */
    private static void assertPiecesShowTheLine(Line<Integer> line, boolean afterForcedBreak) {
        String shown = line.pieces().stream().map(Piece::sourceText).collect(Collectors.joining());
        String expected = line.text().replaceAll("[\\n\\r]", "");
        if (afterForcedBreak) {
            expected = expected.stripLeading();
            shown = shown.stripLeading();
        }
        assertThat(shown).isEqualTo(expected);
        for (int k = 0; k < line.pieces().size(); k++) {
            Piece<Integer> piece = line.pieces().get(k);
            String drawn = piece.text();
            if (line.hyphenated() && !piece.space() && drawn.endsWith("-") && isLastWord(line, k)) {
                drawn = drawn.substring(0, drawn.length() - 1);
            }
            String visible = piece.sourceText().replaceAll("[\\u00AD\\u200B]", "");
            if (piece.space()) {
                assertThat(drawn.length()).isEqualTo(visible.length());
            } else {
                assertThat(drawn).isEqualTo(visible);
            }
        }
    }

    private static boolean isLastWord(Line<Integer> line, int index) {
        for (int k = index + 1; k < line.pieces().size(); k++) {
            if (!line.pieces().get(k).space()) {
                return false;
            }
        }
        return true;
    }

    private static long interiorSpaces(Line<Integer> line) {
        List<Piece<Integer>> pieces = line.pieces();
        int last = pieces.size() - 1;
        while (last >= 0 && pieces.get(last).space()) {
            last--;
        }
        return pieces.subList(0, Math.max(0, last)).stream()
                .filter(Piece::space)
                .count();
    }

    @Provide
    Arbitrary<List<StyledRun<Integer>>> paragraphs() {
        return paragraphs(WORDS);
    }

    @Provide
    Arbitrary<List<StyledRun<Integer>>> frenchParagraphs() {
        return paragraphs(FRENCH_WORDS);
    }

    private static Arbitrary<List<StyledRun<Integer>>> paragraphs(String[] vocabulary) {
        Arbitrary<String> word = Arbitraries.of(vocabulary);
        Arbitrary<String> glue = Arbitraries.of(GLUE);
        Arbitrary<String> text = Combinators.combine(
                        word.list().ofMinSize(1).ofMaxSize(60), glue.list().ofSize(60))
                .as((words, spaces) -> {
                    StringBuilder out = new StringBuilder();
                    for (int i = 0; i < words.size(); i++) {
                        out.append(words.get(i));
                        if (i + 1 < words.size()) {
                            out.append(spaces.get(i));
                        }
                    }
                    return out.toString();
                });
        return Combinators.combine(
                        text,
                        Arbitraries.integers().between(1, 6).list().ofSize(6),
                        Arbitraries.of(FACES).list().ofSize(6),
                        Arbitraries.of(8f, 9.5f, 11f, 14f).list().ofSize(6))
                .as(LineBreakerProperties::cut);
    }

    /** Cuts a text into runs of a few faces and sizes, at arbitrary places, even inside words. */
    private static List<StyledRun<Integer>> cut(String text, List<Integer> cuts, List<Face> faces, List<Float> sizes) {
        List<StyledRun<Integer>> runs = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < cuts.size() && start < text.length(); i++) {
            int end = i == cuts.size() - 1
                    ? text.length()
                    : Math.min(text.length(), start + text.length() * cuts.get(i) / 21 + 1);
            if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
                end++;
            }
            runs.add(new StyledRun<>(text.substring(start, end), faces.get(i), sizes.get(i), runs.size()));
            start = end;
        }
        if (start < text.length()) {
            runs.add(new StyledRun<>(text.substring(start), faces.get(0), sizes.get(0), runs.size()));
        }
        return runs;
    }
}
