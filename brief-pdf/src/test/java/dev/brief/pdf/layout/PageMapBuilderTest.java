package dev.brief.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.model.PageMap;
import dev.brief.pdf.fonts.Face;
import dev.brief.pdf.tag.Artifact;
import java.awt.Color;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which text opens each page, and how the map names text that has no element of its own. */
class PageMapBuilderTest {
    private static final Map<String, Integer> ORDER = Map.of("p-8", 0, "quote-1", 1, "p-9", 2, PageMap.COLOPHON, 3);

    @Test
    void namesTheFirstTextInSourceOrderNotTheFirstDrawn() {
        PageMap map = PageMapBuilder.build(
                List.of(page(1), page(2, text("p-9", 0, 0), text("p-8", 40, 12))), ORDER, Map.of());

        assertThat(map.pages().get(1)).isEqualTo(new PageMap.PageStart(2, "2", "p-8", 40));
    }

    @Test
    void aPageOpenedByAnAttributionBeginsAtTheEndOfTheQuotedText() {
        PageMap map = PageMapBuilder.build(
                List.of(page(1), page(2, text("quote-1", 0, 0), text("p-9", 0, 12))),
                ORDER,
                Map.of("quote-1", new PageMapBuilder.Position("p-8", 57)));

        assertThat(map.pages().get(1)).isEqualTo(new PageMap.PageStart(2, "2", "p-8", 57));
    }

    @Test
    void aPageOpenedByTheColophonBeginsThereAtOffsetZero() {
        PageMap map = PageMapBuilder.build(
                List.of(
                        page(1),
                        page(2, text("p-9", 10, 0)),
                        page(3, text(PageMap.COLOPHON, 23, 0), text(PageMap.COLOPHON, 0, 12))),
                ORDER,
                Map.of());

        assertThat(map.pages().get(2)).isEqualTo(new PageMap.PageStart(3, "3", PageMap.COLOPHON, 0));
        assertThat(map.pages().get(0).elementId()).isEqualTo(PageMap.DOCUMENT_START);
    }

    private static PageLayout page(int number, Mark.Text... texts) {
        PageLayout page = new PageLayout(number);
        float top = 0;
        for (Mark.Text text : texts) {
            Row row = new Row(12, 0);
            row.add(text);
            page.rows.add(new PlacedRow(row, 0, top));
            top += 12;
        }
        return page;
    }

    private static Mark.Text text(String elementId, int offset, float baseline) {
        TextRun run = TextRun.plain("words", Face.SERIF_REGULAR, 10, null, elementId, 0);
        return new Mark.Text(Artifact.RULE, "words", Face.SERIF_REGULAR, 10, Color.BLACK, 0, baseline, run, offset);
    }
}
