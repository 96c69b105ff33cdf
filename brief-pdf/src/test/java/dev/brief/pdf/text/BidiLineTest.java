package dev.brief.pdf.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.brief.pdf.fonts.Face;
import dev.brief.pdf.fonts.FontLibrary;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Lines of right-to-left and mixed-direction paragraphs: visual order (UAX #9), right alignment, CJK breaks. */
class BidiLineTest {
    private final LineBreaker breaker = new LineBreaker(FontLibrary.bundled());

    private BrokenParagraph<String> set(
            String text, float width, Alignment alignment, String language, RunDirection direction) {
        return breaker.breakLines(
                List.of(new StyledRun<>(text, Face.SERIF_REGULAR, 10, "p")),
                LineWidths.uniform(width),
                alignment,
                language,
                direction);
    }

    private static List<String> leftToRight(Line<String> line) {
        return line.pieces().stream()
                .filter(piece -> !piece.space())
                .sorted(Comparator.comparingDouble(Piece::x))
                .map(Piece::sourceText)
                .collect(Collectors.toList());
    }

    @Test
    void aRightToLeftLineReversesItsWordsButNotALatinAcronymAndANumber() {
        BrokenParagraph<String> paragraph =
                set("אחת UN 2024 שתיים", 300, Alignment.RAGGED_RIGHT, "he", RunDirection.RIGHT_TO_LEFT);

        assertThat(paragraph.lines()).hasSize(1);
        Line<String> line = paragraph.lines().get(0);
        assertThat(leftToRight(line)).containsExactly("שתיים", "UN", "2024", "אחת");
        // The pieces stay in logical order: the content stream shows them in reading order.
        assertThat(line.pieces().stream().filter(piece -> !piece.space()).map(Piece::sourceText))
                .containsExactly("אחת", "UN", "2024", "שתיים");
        assertThat(line.pieces().get(0).direction()).isEqualTo(RunDirection.RIGHT_TO_LEFT);
        assertThat(line.pieces().get(2).direction()).isEqualTo(RunDirection.LEFT_TO_RIGHT);
    }

    @Test
    void aRaggedRightToLeftLineEndsAtTheRightEdge() {
        Line<String> line = set("שלום עולם", 300, Alignment.RAGGED_RIGHT, "he", RunDirection.RIGHT_TO_LEFT)
                .lines()
                .get(0);
        float right = 0;
        float left = Float.MAX_VALUE;
        for (Piece<String> piece : line.pieces()) {
            right = Math.max(right, piece.x() + piece.width());
            left = Math.min(left, piece.x());
        }
        assertThat(right).isCloseTo(300f, within(0.01f));
        assertThat(left).isGreaterThan(200f);
    }

    @Test
    void latinTextLeftToRightStaysOnTheFastPath() {
        Line<String> line = set("plain words", 300, Alignment.RAGGED_RIGHT, "en", RunDirection.LEFT_TO_RIGHT)
                .lines()
                .get(0);
        assertThat(line.pieces().get(0).x()).isZero();
        assertThat(leftToRight(line)).containsExactly("plain", "words");
    }

    @Test
    void japaneseBreaksBetweenCharactersButNotBeforeClosingPunctuation() {
        String text = "地方の港では、荷役の予約や通関の書類がいまだに紙で回されている。「予約制」を導入した港では、待ち時間が半分以下に減った。";
        BrokenParagraph<String> paragraph = set(text, 120, Alignment.JUSTIFIED, "ja", RunDirection.LEFT_TO_RIGHT);

        assertThat(paragraph.lineCount()).isGreaterThan(3);
        assertThat(paragraph.lines().stream().map(Line::text).collect(Collectors.joining()))
                .isEqualTo(text);
        for (Line<String> line : paragraph.lines()) {
            assertThat("，。、）」").doesNotContain(line.text().substring(0, 1));
        }
        for (Line<String> line : paragraph.lines().subList(0, paragraph.lineCount() - 1)) {
            assertThat(line.contentWidth())
                    .as("justified by spacing characters")
                    .isCloseTo(120f, within(0.05f));
        }
    }

    @Test
    void koreanBreaksOnlyAtSpaces() {
        String text = "공공 자전거는 도시의 교통 체계를 보완하는 중요한 수단이 되었으며 이용자가 꾸준히 늘고 있다";
        BrokenParagraph<String> paragraph = set(text, 90, Alignment.RAGGED_RIGHT, "ko", RunDirection.LEFT_TO_RIGHT);

        assertThat(paragraph.lineCount()).isGreaterThan(2);
        for (Line<String> line : paragraph.lines().subList(0, paragraph.lineCount() - 1)) {
            assertThat(line.text()).endsWith(" ");
        }
    }
}
