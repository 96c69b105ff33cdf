package dev.brief.pdf;

import dev.brief.core.model.Block;
import dev.brief.core.model.Brief;
import dev.brief.core.model.PlainText;
import dev.brief.core.model.Section;
import dev.brief.core.model.Summary;
import java.util.LinkedHashMap;
import java.util.Map;

/** The plain text of every element a page can begin in, by id: what page-map offsets index. */
final class ElementTexts {
    private ElementTexts() {}

    static Map<String, String> of(Brief brief) {
        Map<String, String> texts = new LinkedHashMap<>();
        brief.summary().ifPresent(summary -> {
            texts.put(summary.id(), PlainText.of(summary.title(), brief));
            for (Summary.SummaryPoint point : summary.points()) {
                texts.put(point.id(), PlainText.of(point.inlines(), brief));
            }
        });
        for (Section section : brief.allSections()) {
            texts.put(section.id(), PlainText.of(section.heading(), brief));
        }
        for (Block block : BlockFinder.all(brief)) {
            if (block instanceof Block.Paragraph paragraph) {
                texts.put(paragraph.id(), PlainText.of(paragraph.inlines(), brief));
            } else if (block instanceof Block.PullQuote pullQuote) {
                texts.put(pullQuote.id(), PlainText.of(pullQuote.inlines(), brief));
            } else if (block instanceof Block.Figure figure) {
                texts.put(figure.id(), PlainText.of(figure.caption(), brief));
            } else if (block instanceof Block.AboutBox aboutBox) {
                texts.put(aboutBox.id(), PlainText.of(aboutBox.title(), brief));
            }
        }
        return texts;
    }
}
