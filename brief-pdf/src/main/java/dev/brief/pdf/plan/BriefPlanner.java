package dev.brief.pdf.plan;

import dev.brief.core.language.Label;
import dev.brief.core.language.Labels;
import dev.brief.core.model.Author;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Metadata;
import dev.brief.core.model.Note;
import dev.brief.core.model.Publisher;
import dev.brief.core.model.Section;
import dev.brief.core.model.Summary;
import dev.brief.pdf.tag.StructureNode;
import dev.brief.pdf.tag.StructureRole;
import dev.brief.pdf.tag.TagTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plan stage: decides from the model alone which parts the PDF of a brief has, in reading order, what each
 * says, and its block-level structure elements, planned under the Document element in source order (layout
 * adds only inline elements inside them). Parts with nothing to say (no summary, no notes, nothing for a
 * colophon) are left out, so layout neither sets nor tags them.
 */
public final class BriefPlanner {
    private BriefPlanner() {}

    /**
     * Plans {@code brief}, with the words the PDF prints itself taken from {@code labels} and its block-level
     * structure elements added under the Document element of {@code tree}; the plan of the tree is complete after
     * that (see {@link TagTree#completePlan()}).
     */
    public static BriefPlan plan(Brief brief, Labels labels, TagTree tree) {
        StructureNode document = tree.root();
        Metadata metadata = brief.metadata();
        List<Part> parts = new ArrayList<>();
        parts.add(frontMatter(metadata, labels, document));
        brief.summary().ifPresent(summary -> parts.add(summary(summary, document)));
        StructurePlanner body = new StructurePlanner(document, 1);
        List<PlannedBlock> lead = body.blocks(brief.lead());
        List<PlannedSection> sections = new ArrayList<>();
        for (Section section : brief.sections()) {
            sections.add(body.section(section));
        }
        parts.add(new Part.Body(lead, sections));
        if (!brief.notes().isEmpty()) {
            parts.add(endnotes(brief, labels, document));
        }
        ColophonPlanner.plan(brief, labels, document).ifPresent(parts::add);
        String publisher = brief.publisher().map(Publisher::name).orElse("");
        tree.completePlan();
        return new BriefPlan(parts, metadata.runningTitle(), publisher);
    }

    private static Part.FrontMatter frontMatter(Metadata metadata, Labels labels, StructureNode document) {
        List<String> details = new ArrayList<>();
        metadata.number().ifPresent(number -> details.add(labels.format(Label.ISSUE_NUMBER, number)));
        // The HTML edition prints the same date the same way.
        metadata.date().ifPresent(date -> details.add(labels.date(date)));
        Part.Masthead masthead = new Part.Masthead(metadata.series(), details);
        Optional<StructureNode> mastheadElement =
                masthead.isEmpty() ? Optional.empty() : Optional.of(document.add(StructureRole.P));
        StructureNode title = document.add(StructureRole.TITLE).add(StructureRole.H1);
        Optional<StructureNode> subtitle = metadata.subtitle().map(text -> document.add(StructureRole.P));
        List<StructureNode> authors = new ArrayList<>();
        for (Author author : metadata.authors()) {
            authors.add(document.add(StructureRole.P));
        }
        return new Part.FrontMatter(
                masthead,
                metadata.title(),
                metadata.subtitle(),
                metadata.authors(),
                mastheadElement,
                title,
                subtitle,
                authors);
    }

    private static Part.SummaryPanel summary(Summary summary, StructureNode document) {
        StructureNode element = document.add(StructureRole.SUMMARY);
        Optional<StructureNode> heading =
                summary.title().isEmpty() ? Optional.empty() : Optional.of(element.add(StructureRole.H2));
        List<StructureNode> points = new ArrayList<>();
        if (!summary.points().isEmpty()) {
            StructureNode list = element.add(StructureRole.L).listNumbering("Square");
            for (int i = 0; i < summary.points().size(); i++) {
                points.add(list.add(StructureRole.LI).add(StructureRole.LBODY).add(StructureRole.P));
            }
        }
        return new Part.SummaryPanel(summary, element, heading, points);
    }

    private static Part.Endnotes endnotes(Brief brief, Labels labels, StructureNode document) {
        Map<String, String> firstReferences = FirstReferences.of(brief);
        StructureNode element = document.add(StructureRole.ENDNOTES);
        StructureNode heading = element.add(StructureRole.H2);
        List<Part.PlannedNote> notes = new ArrayList<>();
        for (Note note : brief.notes()) {
            StructureNode noteElement = element.add(StructureRole.NOTE).identifier(note.id());
            StructureNode label = noteElement.add(StructureRole.LBL);
            notes.add(new Part.PlannedNote(
                    note,
                    note.number() + ".",
                    Optional.ofNullable(firstReferences.get(note.id())),
                    noteElement,
                    label,
                    new StructurePlanner(noteElement, 2).blocks(note.blocks())));
        }
        return new Part.Endnotes(labels.text(Label.NOTES), element, heading, notes);
    }
}
