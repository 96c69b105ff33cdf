package dev.brief.pdf.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.brief.pdf.fonts.Face;
import dev.brief.pdf.fonts.FontLibrary;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LineBreakerTest {
    private static final String TEXT =
            "Municipal data trusts hold the records that residents generate when they use public"
                    + " services, and they let independent stewards decide who may analyse those records"
                    + " and on what terms. Councils that have tried the arrangement report that"
                    + " accountability improved, although the institutional costs of governance were"
                    + " considerably higher than the procurement documents had anticipated.";

    private final LineBreaker breaker = new LineBreaker(FontLibrary.bundled());

    private static List<StyledRun<String>> plain(String text) {
        return List.of(new StyledRun<>(text, Face.SERIF_REGULAR, 10, "p-1"));
    }

    private static String joined(BrokenParagraph<?> paragraph) {
        return paragraph.lines().stream().map(Line::text).collect(Collectors.joining());
    }

    @Test
    void justifiedLinesFillTheirWidthExactly() {
        BrokenParagraph<String> paragraph =
                breaker.breakLines(plain(TEXT), LineWidths.uniform(200), Alignment.JUSTIFIED, "en");

        assertThat(paragraph.lineCount()).isGreaterThan(4);
        List<Line<String>> lines = paragraph.lines();
        for (Line<String> line : lines.subList(0, lines.size() - 1)) {
            assertThat(line.contentWidth()).isCloseTo(200f, within(0.01f));
            Piece<String> last = lastVisible(line);
            assertThat(last.x() + last.width()).isCloseTo(200f, within(0.01f));
        }
        assertThat(lines.get(lines.size() - 1).contentWidth()).isLessThanOrEqualTo(200.01f);
        assertThat(joined(paragraph)).isEqualTo(TEXT);
        assertThat(paragraph.height(12)).isEqualTo(12f * paragraph.lineCount());
    }

    @Test
    void addedHyphensAreDrawnButAreNotText() {
        BrokenParagraph<String> paragraph =
                breaker.breakLines(plain(TEXT), LineWidths.uniform(120), Alignment.JUSTIFIED, "en");

        List<Line<String>> hyphenated =
                paragraph.lines().stream().filter(Line::hyphenated).collect(Collectors.toList());
        assertThat(hyphenated).isNotEmpty();
        for (Line<String> line : hyphenated) {
            Piece<String> last = lastVisible(line);
            assertThat(last.text()).endsWith("-");
            assertThat(last.sourceText()).doesNotEndWith("-");
            assertThat(last.needsActualText()).isTrue();
            assertThat(line.text()).doesNotEndWith("-").doesNotEndWith(" ");
            assertThat(TEXT).contains(line.hyphenatedWord());
            assertThat(line.hyphenatedWord()).startsWith(last.sourceText());
        }
        assertThat(joined(paragraph)).isEqualTo(TEXT);
    }

    @Test
    void raggedLinesKeepNaturalSpaces() {
        BrokenParagraph<String> paragraph =
                breaker.breakLines(plain(TEXT), LineWidths.uniform(180), Alignment.RAGGED_RIGHT, "en");

        float space = FontLibrary.bundled().metrics(Face.SERIF_REGULAR).width(' ', 10);
        for (Line<String> line : paragraph.lines()) {
            assertThat(line.contentWidth()).isLessThanOrEqualTo(180f);
            List<Piece<String>> pieces = line.pieces();
            for (int i = 1; i < pieces.size(); i++) {
                Piece<String> before = pieces.get(i - 1);
                assertThat(pieces.get(i).x() - before.x()).isCloseTo(before.width(), within(0.001f));
            }
        }
        assertThat(space).isPositive();
        assertThat(joined(paragraph)).isEqualTo(TEXT);
    }

    @Test
    void forcedBreaksEndLinesAndNoBreakSpacesHold() {
        String text = "First line\nSecond line with 10\u00A0km and more words to fill it up";
        BrokenParagraph<String> paragraph =
                breaker.breakLines(plain(text), LineWidths.uniform(90), Alignment.JUSTIFIED, "en");

        assertThat(paragraph.lines().get(0).text()).isEqualTo("First line\n");
        assertThat(paragraph.lines().get(0).forcedBreak()).isTrue();
        assertThat(paragraph.lines().get(0).pieces()).extracting(Piece::text).containsExactly("First", " ", "line");
        assertThat(paragraph.lines())
                .noneMatch(
                        line -> line.text().endsWith("10\u00A0") || line.text().startsWith("km"));
        assertThat(joined(paragraph)).isEqualTo(text);
    }

    @Test
    void urlsBreakAfterSlashesAndDotsWithoutHyphens() {
        String text = "See https://data.example.org/reports/2026/civic-trusts/annex-b.pdf for the data.";
        BrokenParagraph<String> paragraph =
                breaker.breakLines(plain(text), LineWidths.uniform(110), Alignment.RAGGED_RIGHT, "en");

        assertThat(paragraph.lineCount()).isGreaterThan(1);
        assertThat(paragraph.lines()).noneMatch(Line::hyphenated).noneMatch(Line::emergency);
        for (Line<String> line : paragraph.lines()) {
            assertThat(line.contentWidth()).isLessThanOrEqualTo(110f);
        }
        assertThat(joined(paragraph)).isEqualTo(text);
    }

    @Test
    void tokensWiderThanTheLineBreakAnywhereAsAnEmergency() {
        String text = "Code ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ ends here.";
        BrokenParagraph<String> paragraph =
                breaker.breakLines(plain(text), LineWidths.uniform(60), Alignment.JUSTIFIED, "en");

        assertThat(paragraph.emergency()).isTrue();
        for (Line<String> line : paragraph.lines()) {
            assertThat(line.contentWidth()).isLessThanOrEqualTo(60.01f);
        }
        assertThat(joined(paragraph)).isEqualTo(text);
    }

    @Test
    void ownersComeBackOnTheirPieces() {
        List<StyledRun<String>> runs = List.of(
                new StyledRun<>("Read the ", Face.SERIF_REGULAR, 10, "p-1"),
                new StyledRun<>("annual report", Face.SERIF_ITALIC, 10, "link-1"),
                new StyledRun<>(", then the notes.", Face.SERIF_REGULAR, 10, "p-1"));
        BrokenParagraph<String> paragraph =
                breaker.breakLines(runs, LineWidths.uniform(300), Alignment.JUSTIFIED, "en");

        assertThat(paragraph.lineCount()).isEqualTo(1);
        List<Piece<String>> pieces = paragraph.lines().get(0).pieces();
        assertThat(pieces)
                .filteredOn(piece -> piece.owner().equals("link-1"))
                .extracting(Piece::text)
                .containsExactly("annual", " ", "report");
        assertThat(pieces)
                .filteredOn(piece -> piece.text().equals("report"))
                .extracting(Piece::face)
                .containsExactly(Face.SERIF_ITALIC);
        assertThat(pieces).extracting(Piece::text).contains(",");
    }

    @Test
    void narrowFirstLinesGetTheirOwnWidth() {
        BrokenParagraph<String> paragraph =
                breaker.breakLines(plain(TEXT), new LineWidths(100, 3, 250), Alignment.JUSTIFIED, "en");

        for (int i = 0; i < paragraph.lineCount() - 1; i++) {
            float expected = i < 3 ? 100f : 250f;
            Line<String> line = paragraph.lines().get(i);
            assertThat(line.width()).isEqualTo(expected);
            if (line.pieces().stream().filter(Piece::space).count() > 1) {
                assertThat(line.contentWidth()).isCloseTo(expected, within(0.01f));
            } else {
                assertThat(line.contentWidth()).isLessThanOrEqualTo(expected);
            }
        }
    }

    @Test
    void explicitHyphensBreakWithoutAnAddedOne() {
        String text = "A well-known, community-governed arrangement";
        BrokenParagraph<String> paragraph = breaker.breakLines(
                plain(text), LineWidths.uniform(75), Alignment.RAGGED_RIGHT, java.util.Optional.empty());

        assertThat(paragraph.lines()).extracting(Line::text).contains("community-");
        assertThat(paragraph.lines()).noneMatch(Line::hyphenated);
        assertThat(joined(paragraph)).isEqualTo(text);
    }

    @Test
    void softHyphensBreakWithAVisibleHyphenThatIsNotText() {
        String text = "Inter\u00ADoperability";
        BrokenParagraph<String> paragraph = breaker.breakLines(
                plain(text), LineWidths.uniform(60), Alignment.RAGGED_RIGHT, java.util.Optional.empty());

        Line<String> first = paragraph.lines().get(0);
        assertThat(first.hyphenated()).isTrue();
        assertThat(first.pieces().get(0).text()).isEqualTo("Inter-");
        assertThat(first.pieces().get(0).sourceText()).isEqualTo("Inter\u00AD");
        assertThat(first.hyphenatedWord()).isEqualTo(text);
        assertThat(joined(paragraph)).isEqualTo(text);
    }

    @Test
    void neverHyphenatesCapitalsNumbersOrAddresses() {
        String text = "INTERNATIONALISATION 12345678901234567 maria.fernandez@example.org";
        BrokenParagraph<String> paragraph =
                breaker.breakLines(plain(text), LineWidths.uniform(70), Alignment.JUSTIFIED, "en");

        assertThat(paragraph.lines()).noneMatch(Line::hyphenated);
        assertThat(paragraph.lines())
                .allSatisfy(line -> assertThat(line.contentWidth()).isLessThanOrEqualTo(70.01f));
        assertThat(joined(paragraph)).isEqualTo(text);
    }

    @Test
    void emptyParagraphHasNoLines() {
        assertThat(breaker.breakLines(plain(""), LineWidths.uniform(100), Alignment.JUSTIFIED, "en")
                        .lineCount())
                .isZero();
    }

    static <T> Piece<T> lastVisible(Line<T> line) {
        List<Piece<T>> pieces = line.pieces();
        for (int i = pieces.size() - 1; i >= 0; i--) {
            if (!pieces.get(i).space()) {
                return pieces.get(i);
            }
        }
        throw new AssertionError("line without visible pieces: " + line);
    }
}
