package dev.brief.pdf.layout;

import dev.brief.core.model.Note;
import dev.brief.pdf.plan.Part;
import dev.brief.pdf.tag.StructureNode;
import dev.brief.pdf.tag.StructureRole;
import java.util.ArrayList;
import java.util.List;

/**
 * Endnotes after the body, into the elements the plan made: an Endnotes section (role-mapped to Sect) with an H2
 * and one Note per note, each with its unique /ID (PDF/UA-1 7.9) and its label, which links back to the first
 * reference the plan found for it. The label is flush with the start edge, the note's text indented from it
 * (the right edge of a right-to-left brief).
 */
final class EndnotesLayouter {
    private static final float INDENT = 18;
    private final LayoutContext context;

    EndnotesLayouter(LayoutContext context) {
        this.context = context;
    }

    List<Row> rows(Part.Endnotes endnotes) {
        List<Row> rows = new ArrayList<>();
        Typography type = context.typography;
        float width = context.geometry.mainWidth();
        StructureNode heading = endnotes.heading();
        String title = endnotes.title();
        List<Row> headingRows = context.paragraphs.rows(
                List.of(TextRun.plain(
                        title, type.heading(2).face(), type.heading(2).size(), heading, null, 0)),
                type.heading(2),
                width,
                false,
                26);
        headingRows.get(0).add(new Mark.Anchor(heading, "notes", 0));
        context.headings.add(new Heading("notes", 2, title));
        for (Row row : headingRows) {
            row.keepWithNext = true;
        }
        rows.addAll(headingRows);
        for (Part.PlannedNote planned : endnotes.notes()) {
            Note note = planned.note();
            StructureNode noteNode = planned.element();
            StructureNode label = planned.labelElement();
            StructureNode backLink = label.addInline(StructureRole.LINK);
            List<Row> inner = new ArrayList<>();
            Frame frame = new Frame(width - INDENT, type.note, false, 3, 2);
            new BodyLayouter(context, frame, inner).blocks(planned.blocks());
            if (inner.isEmpty()) {
                inner.add(new Row(type.note.leading(), 0));
            }
            float shift = context.mirror.indent(INDENT, width);
            for (int i = 0; i < inner.size(); i++) {
                Row row = inner.get(i).shifted(shift);
                row.keepWithPrevious = i > 0 && inner.size() <= 3 || row.keepWithPrevious;
                if (i == 0) {
                    row = BodyLayouter.withSpace(row, 5);
                    String number = planned.label();
                    String reference = planned.firstReference().orElse(null);
                    TextRun run = new TextRun(
                            number,
                            type.note.face(),
                            type.note.size(),
                            false,
                            backLink,
                            note.id(),
                            0,
                            reference == null ? null : "#" + reference,
                            null,
                            false);
                    float baseline = type.note.leading() * 0.5f + type.note.size() * 0.33f;
                    float numberX =
                            context.mirror.x(0, context.width(type.note.face(), type.note.size(), number), width);
                    row.add(new Mark.Anchor(noteNode, note.id(), 0));
                    row.add(new Mark.Text(
                            reference == null ? label : backLink,
                            number,
                            type.note.face(),
                            type.note.size(),
                            type.accent,
                            numberX,
                            baseline,
                            run,
                            0));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
