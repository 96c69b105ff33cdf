package dev.brief.pdf.layout;

import dev.brief.core.model.Block;
import dev.brief.pdf.plan.PlannedBlock;
import dev.brief.pdf.tag.Artifact;
import dev.brief.pdf.tag.Owner;
import dev.brief.pdf.tag.StructureNode;
import java.util.List;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A figure is Div > Figure (with Alt and a BBox) + Caption: the caption stays readable because the Figure's
 * alternate text replaces only the image. A decorative image is an artifact (PDF/UA-1 7.3).
 */
final class FigureLayouter {
    private final LayoutContext context;
    private final Frame frame;
    private final List<Row> rows;

    FigureLayouter(LayoutContext context, Frame frame, List<Row> rows) {
        this.context = context;
        this.frame = frame;
        this.rows = rows;
    }

    void figure(PlannedBlock.Figure planned) {
        Block.Figure figure = planned.model();
        Owner imageOwner = planned.image().isPresent() ? planned.image().get() : Artifact.DECORATIVE_IMAGE;
        PDImageXObject image = context.images.load(figure.source(), figure.id());
        float maxHeight = context.geometry.pageHeight() * 0.42f;
        float width = frame.width();
        float height = width * image.getHeight() / image.getWidth();
        if (height > maxHeight) {
            width = width * maxHeight / height;
            height = maxHeight;
        }
        Row row = new Row(height, 12);
        row.add(new Mark.Image(imageOwner, image, (frame.width() - width) / 2, 0, width, height));
        rows.add(row);
        if (planned.caption().isPresent()) {
            StructureNode caption = planned.caption().get();
            List<Row> captionRows = context.paragraphs.rows(
                    RunCollector.collect(
                            context.brief, figure.caption(), figure.id(), context.typography.caption, caption),
                    context.typography.caption,
                    frame.width(),
                    false,
                    5);
            for (Row captionRow : captionRows) {
                captionRow.keepWithPrevious = true;
            }
            rows.addAll(captionRows);
        }
    }
}
