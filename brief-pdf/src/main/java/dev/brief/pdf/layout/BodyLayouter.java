package dev.brief.pdf.layout;

import dev.brief.core.model.Block;
import dev.brief.core.model.Inline;
import dev.brief.core.model.PlainText;
import dev.brief.core.model.Section;
import dev.brief.pdf.plan.PlannedBlock;
import dev.brief.pdf.plan.PlannedSection;
import dev.brief.pdf.tag.Artifact;
import dev.brief.pdf.tag.StructureNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets each planned block of the body into rows, into its planned structure elements. Asides (pull quotes, the
 * about box) are planned where the source puts them and leave a marker row, so they are read between the blocks
 * around them while being drawn in the side column.
 */
final class BodyLayouter implements PlannedBlock.Visitor<Void> {
    private final LayoutContext context;
    private final Frame frame;
    private final List<Row> rows;

    BodyLayouter(LayoutContext context, Frame frame, List<Row> rows) {
        this.context = context;
        this.frame = frame;
        this.rows = rows;
    }

    void blocks(List<PlannedBlock> blocks) {
        for (PlannedBlock block : blocks) {
            block.accept(this);
        }
    }

    void section(PlannedSection planned) {
        Section section = planned.model();
        TextStyle style = context.typography.heading(section.level());
        StructureNode heading = planned.heading();
        List<Row> headingRows = setText(
                section.heading(), section.id(), style, heading, frame.width(), false, section.level() == 2 ? 20 : 13);
        headingRows.get(0).add(new Mark.Anchor(heading, section.id(), 0));
        context.headings.add(
                new Heading(section.id(), section.level(), PlainText.of(section.heading(), context.brief)));
        for (Row row : headingRows) {
            row.keepWithNext = true;
        }
        rows.addAll(headingRows);
        Frame inner = frame.atLevel(section.level());
        BodyLayouter body = new BodyLayouter(context, inner, rows);
        body.blocks(planned.blocks());
        for (PlannedSection subsection : planned.subsections()) {
            body.section(subsection);
        }
    }

    @Override
    public Void paragraph(PlannedBlock.Paragraph planned) {
        Block.Paragraph paragraph = planned.model();
        StructureNode p = planned.element();
        rows.addAll(setText(
                paragraph.inlines(),
                paragraph.id(),
                frame.text(),
                p,
                frame.width(),
                frame.justify(),
                frame.paragraphSpace()));
        return null;
    }

    @Override
    public Void list(PlannedBlock.ItemList list) {
        new ListLayouter(context, frame, rows).list(list);
        return null;
    }

    @Override
    public Void quote(PlannedBlock.Quote planned) {
        Block.Quote quote = planned.model();
        float indent = frame.indent(14);
        List<Row> inner = new ArrayList<>();
        Frame quoted = frame.narrower(indent);
        String before = context.paragraphs.lastElement();
        new BodyLayouter(context, quoted, inner).blocks(planned.blocks());
        String last = context.paragraphs.lastElement();
        if (last != null && !last.equals(before)) {
            // The attribution has no id of its own: a page it opens begins at the end of the quoted text.
            context.pageStartsAfter.put(
                    quote.id(),
                    context.pageStartsAfter.getOrDefault(
                            last, new PageMapBuilder.Position(last, context.paragraphs.end(last))));
        }
        quote.attribution().ifPresent(attribution -> {
            StructureNode p = planned.attribution().orElseThrow();
            List<Row> by =
                    setText(attribution, quote.id(), context.typography.attribution, p, quoted.width(), false, 3);
            for (Row row : by) {
                row.keepWithPrevious = true;
            }
            inner.addAll(by);
        });
        // The indent and the rule are on the start side: the right of a right-to-left brief.
        float shift = context.mirror.indent(indent, frame.width());
        float ruleX = context.mirror.point(2, frame.width());
        for (int i = 0; i < inner.size(); i++) {
            Row row = inner.get(i).shifted(shift);
            float top = i == 0 ? 0 : -row.spaceBefore;
            row.add(new Mark.Rule(Artifact.RULE, context.typography.accent, 1.6f, ruleX, top, ruleX, row.height));
            if (i == 0) {
                row = withSpace(row, frame.paragraphSpace() + 2);
            }
            rows.add(row);
        }
        return null;
    }

    @Override
    public Void figure(PlannedBlock.Figure figure) {
        new FigureLayouter(context, frame, rows).figure(figure);
        return null;
    }

    @Override
    public Void table(PlannedBlock.Table table) {
        new TableLayouter(context, frame, rows).table(table);
        return null;
    }

    @Override
    public Void pullQuote(PlannedBlock.PullQuote pullQuote) {
        rows.add(Row.asideMarker(new AsideLayouter(context, frame).pullQuote(pullQuote)));
        return null;
    }

    @Override
    public Void aboutBox(PlannedBlock.AboutBox aboutBox) {
        rows.add(Row.asideMarker(new AsideLayouter(context, frame).aboutBox(aboutBox)));
        return null;
    }

    List<Row> setText(
            List<Inline> inlines,
            String elementId,
            TextStyle style,
            StructureNode owner,
            float width,
            boolean justify,
            float spaceBefore) {
        List<TextRun> runs = RunCollector.collect(context.brief, inlines, elementId, style, owner);
        return context.paragraphs.rows(runs, style, width, justify, spaceBefore);
    }

    /** A copy of the row with a different space before it. */
    static Row withSpace(Row row, float spaceBefore) {
        Row copy = new Row(row.height, spaceBefore);
        copy.keepWithPrevious = row.keepWithPrevious;
        copy.keepWithNext = row.keepWithNext;
        copy.marks.addAll(row.marks);
        return copy;
    }
}
