package dev.brief.pdf.layout;

import dev.brief.pdf.plan.Part;
import dev.brief.pdf.plan.PlannedSection;
import java.util.ArrayList;
import java.util.List;

/** Sets one planned part into rows, into its planned structure elements, with the layouter for its kind. */
final class PartLayouter implements Part.Visitor<List<Row>> {
    private final LayoutContext context;

    PartLayouter(LayoutContext context) {
        this.context = context;
    }

    @Override
    public List<Row> frontMatter(Part.FrontMatter frontMatter) {
        return new FrontMatterLayouter(context, frontMatter).rows();
    }

    @Override
    public List<Row> summary(Part.SummaryPanel summary) {
        return new SummaryLayouter(context).rows(summary);
    }

    @Override
    public List<Row> body(Part.Body body) {
        List<Row> rows = new ArrayList<>();
        Frame frame = new Frame(context.geometry.mainWidth(), context.typography.body, true, 7, 1);
        BodyLayouter layouter = new BodyLayouter(context, frame, rows);
        layouter.blocks(body.lead());
        for (PlannedSection section : body.sections()) {
            layouter.section(section);
        }
        return rows;
    }

    @Override
    public List<Row> endnotes(Part.Endnotes endnotes) {
        return new EndnotesLayouter(context).rows(endnotes);
    }

    @Override
    public List<Row> colophon(Part.Colophon colophon) {
        return new ColophonLayouter(context).rows(colophon);
    }
}
