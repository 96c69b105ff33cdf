package dev.brief.pdf.plan;

import dev.brief.core.language.Label;
import dev.brief.core.language.Labels;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Metadata;
import dev.brief.core.model.Note;
import dev.brief.core.model.Publisher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plan stage: decides from the model alone which parts the PDF of a brief has, in reading order, and what
 * each says. Parts with nothing to say (no summary, no notes, nothing for a colophon) are left out, so layout
 * neither sets nor tags them.
 */
public final class BriefPlanner {
    private BriefPlanner() {}

    /** Plans {@code brief}, with the words the PDF prints itself taken from {@code labels}. */
    public static BriefPlan plan(Brief brief, Labels labels) {
        Metadata metadata = brief.metadata();
        List<Part> parts = new ArrayList<>();
        parts.add(new Part.FrontMatter(
                masthead(metadata, labels), metadata.title(), metadata.subtitle(), metadata.authors()));
        brief.summary().ifPresent(summary -> parts.add(new Part.SummaryPanel(summary)));
        parts.add(new Part.Body(brief.lead(), brief.sections()));
        if (!brief.notes().isEmpty()) {
            parts.add(endnotes(brief, labels));
        }
        ColophonPlanner.plan(brief, labels).ifPresent(parts::add);
        String publisher = brief.publisher().map(Publisher::name).orElse("");
        return new BriefPlan(parts, metadata.runningTitle(), publisher);
    }

    private static Part.Masthead masthead(Metadata metadata, Labels labels) {
        List<String> details = new ArrayList<>();
        metadata.number().ifPresent(number -> details.add(labels.format(Label.ISSUE_NUMBER, number)));
        // The HTML edition prints the same date the same way.
        metadata.date().ifPresent(date -> details.add(labels.date(date)));
        return new Part.Masthead(metadata.series(), details);
    }

    private static Part.Endnotes endnotes(Brief brief, Labels labels) {
        Map<String, String> firstReferences = FirstReferences.of(brief);
        List<Part.PlannedNote> notes = new ArrayList<>();
        for (Note note : brief.notes()) {
            notes.add(new Part.PlannedNote(
                    note, note.number() + ".", Optional.ofNullable(firstReferences.get(note.id()))));
        }
        return new Part.Endnotes(labels.text(Label.NOTES), notes);
    }
}
