package dev.brief.maven.check;

import dev.brief.core.model.Brief;
import dev.brief.core.model.BriefWalker;
import dev.brief.core.model.PlainText;
import java.util.ArrayList;
import java.util.List;

/**
 * The brief's text in source order, one unit per element that carries text (summary point, heading,
 * paragraph, caption, table cell, pull quote, note …), each with the element id that locates it in the source.
 * The summary's title is not a unit (only its points are), as the check has always had it.
 */
final class SourceTexts {
    /** A piece of text and the element it belongs to. */
    record Unit(String elementId, String text) {}

    private SourceTexts() {}

    static List<Unit> of(Brief brief) {
        List<Unit> units = new ArrayList<>();
        for (BriefWalker.Passage passage : BriefWalker.passages(brief)) {
            String text = PlainText.of(passage.inlines(), brief);
            if (passage.role() != BriefWalker.Role.SUMMARY_TITLE && !text.isBlank()) {
                units.add(new Unit(passage.elementId(), text));
            }
        }
        return List.copyOf(units);
    }
}
