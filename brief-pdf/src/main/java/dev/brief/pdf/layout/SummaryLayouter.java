package dev.brief.pdf.layout;

import dev.brief.core.model.Summary;
import dev.brief.pdf.plan.Part;
import dev.brief.pdf.tag.Artifact;
import dev.brief.pdf.tag.StructureNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The summary panel of page one's side column: a custom Summary element (role-mapped to Sect) holding an H2
 * and a bulleted list of the points. It is planned right after the front matter, where the source reads it.
 */
final class SummaryLayouter {
    private static final float PADDING = 10;
    private static final float INDENT = 10;
    private final LayoutContext context;

    SummaryLayouter(LayoutContext context) {
        this.context = context;
    }

    List<Row> rows(Part.SummaryPanel plan) {
        Summary summary = plan.summary();
        Typography type = context.typography;
        float inner = context.geometry.sideWidth() - 2 * PADDING;
        List<Row> content = new ArrayList<>();
        if (plan.heading().isPresent()) {
            StructureNode heading = plan.heading().get();
            List<Row> headingRows = context.paragraphs.rows(
                    RunCollector.collect(context.brief, summary.title(), summary.id(), type.panelHeading, heading),
                    type.panelHeading,
                    inner,
                    false,
                    0);
            headingRows.get(0).add(new Mark.Anchor(heading, summary.id(), 0));
            context.headings.add(
                    new Heading(summary.id(), 2, dev.brief.core.model.PlainText.of(summary.title(), context.brief)));
            content.addAll(headingRows);
        }
        if (!summary.points().isEmpty()) {
            // Bullets at the start edge, the points' text indented from it: mirrored for a right-to-left brief.
            float shift = context.mirror.indent(INDENT, inner);
            float bulletX = context.mirror.x(0, 4, inner);
            for (int p = 0; p < summary.points().size(); p++) {
                Summary.SummaryPoint point = summary.points().get(p);
                StructureNode body = plan.points().get(p);
                List<Row> lines = context.paragraphs.rows(
                        RunCollector.collect(context.brief, point.inlines(), point.id(), type.panelText, body),
                        type.panelText,
                        inner - INDENT,
                        false,
                        7);
                for (int i = 0; i < lines.size(); i++) {
                    Row row = lines.get(i).shifted(shift);
                    if (i == 0) {
                        row.add(new Mark.Fill(Artifact.BULLET, type.accent, bulletX, 4.2f, 4, 4));
                    }
                    content.add(row);
                }
            }
        }
        return Panel.around(content, PADDING, context.geometry.sideWidth(), type.tint, type.accent);
    }
}
