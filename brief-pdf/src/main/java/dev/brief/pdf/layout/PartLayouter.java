package dev.brief.pdf.layout;

import dev.brief.core.model.Section;
import dev.brief.pdf.plan.Part;
import dev.brief.pdf.tag.StructureNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets one planned part into rows with the layouter for its kind, planning its structure elements under the
 * Document element as it goes; the parts come in reading order, so the elements do too.
 */
final class PartLayouter implements Part.Visitor<List<Row>> {
    private final LayoutContext context;
    private final StructureNode document;

    PartLayouter(LayoutContext context, StructureNode document) {
        this.context = context;
        this.document = document;
    }

    @Override
    public List<Row> frontMatter(Part.FrontMatter frontMatter) {
        return new FrontMatterLayouter(context, document, frontMatter).rows();
    }

    @Override
    public List<Row> summary(Part.SummaryPanel summary) {
        return new SummaryLayouter(context).rows(summary.summary(), document);
    }

    @Override
    public List<Row> body(Part.Body body) {
        List<Row> rows = new ArrayList<>();
        Frame frame = new Frame(document, context.geometry.mainWidth(), context.typography.body, true, 7, 1);
        BodyLayouter layouter = new BodyLayouter(context, frame, rows);
        layouter.blocks(body.lead());
        for (Section section : body.sections()) {
            layouter.section(section);
        }
        return rows;
    }

    @Override
    public List<Row> endnotes(Part.Endnotes endnotes) {
        return new EndnotesLayouter(context).rows(document, endnotes);
    }

    @Override
    public List<Row> colophon(Part.Colophon colophon) {
        return new ColophonLayouter(context).rows(document, colophon);
    }
}
