package dev.brief.pdf.layout;

import dev.brief.core.model.Block;
import dev.brief.pdf.plan.PlannedBlock;
import dev.brief.pdf.tag.StructureNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists as L > LI > Lbl + LBody, with the ListNumbering attribute PDF/UA-1 7.6 asks for. The item text is
 * indented from the start edge and the label sits in the indent, flush against the text: to the left of it in
 * a left-to-right brief, to the right in a right-to-left one.
 */
final class ListLayouter {
    private static final float INDENT = 16;
    private final LayoutContext context;
    private final Frame frame;
    private final List<Row> rows;

    ListLayouter(LayoutContext context, Frame frame, List<Row> rows) {
        this.context = context;
        this.frame = frame;
        this.rows = rows;
    }

    void list(PlannedBlock.ItemList planned) {
        Block.ListBlock list = planned.model();
        float indent = frame.indent(INDENT);
        int number = list.start();
        boolean first = true;
        float shift = context.mirror.indent(indent, frame.width());
        for (PlannedBlock.Item item : planned.items()) {
            StructureNode label = item.label();
            List<Row> inner = new ArrayList<>();
            Frame itemFrame = new Frame(frame.width() - indent, frame.text(), frame.justify(), 3, frame.level());
            new BodyLayouter(context, itemFrame, inner).blocks(item.blocks());
            String text = list.ordered() ? number + "." : "\u2022";
            number++;
            if (inner.isEmpty()) {
                inner.add(new Row(frame.text().leading(), 0));
            }
            for (int i = 0; i < inner.size(); i++) {
                Row row = inner.get(i).shifted(shift);
                if (i == 0) {
                    row = BodyLayouter.withSpace(row, first ? frame.paragraphSpace() : 3);
                    TextStyle style = frame.text();
                    float width = context.width(style.face(), style.size(), text);
                    float baseline = style.leading() * 0.5f + style.size() * 0.33f;
                    Mark.Text firstText = firstText(row);
                    if (firstText != null) {
                        baseline = firstText.baseline();
                    }
                    row.add(new Mark.Text(
                            label,
                            text,
                            style.face(),
                            style.size(),
                            list.ordered() ? style.color() : context.typography.accent,
                            context.mirror.x(indent - 5 - width, width, frame.width()),
                            baseline,
                            null,
                            0));
                }
                rows.add(row);
            }
            first = false;
        }
    }

    private static Mark.Text firstText(Row row) {
        for (Mark mark : row.marks) {
            if (mark instanceof Mark.Text) {
                return (Mark.Text) mark;
            }
        }
        return null;
    }
}
