package dev.brief.pdf.paint;

import dev.brief.pdf.fonts.FontSet;
import dev.brief.pdf.layout.Mark;
import dev.brief.pdf.layout.PlacedMark;
import dev.brief.pdf.tag.MarkedContent;
import dev.brief.pdf.tag.StructureNode;
import dev.brief.pdf.text.GlyphLayout;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Draws one placed mark inside the open marked-content handle of its owner, turning row coordinates
 * (from the top) into PDF user space (from the bottom). Link text extends its link's annotation area; a
 * figure records its bounding box for the BBox attribute.
 */
final class MarkPainter implements Mark.Visitor<Void> {
    private final FontSet fonts;
    private final GlyphLayout glyphs;
    private final LinkAnnotator links;
    private final MarkedContent handle;
    private final PlacedMark placed;
    private final float pageHeight;
    private final int pageIndex;

    MarkPainter(
            FontSet fonts,
            GlyphLayout glyphs,
            LinkAnnotator links,
            MarkedContent handle,
            PlacedMark placed,
            float pageHeight,
            int pageIndex) {
        this.fonts = fonts;
        this.glyphs = glyphs;
        this.links = links;
        this.handle = handle;
        this.placed = placed;
        this.pageHeight = pageHeight;
        this.pageIndex = pageIndex;
    }

    private float y(float fromRowTop) {
        return pageHeight - (placed.top() + fromRowTop);
    }

    @Override
    public Void text(Mark.Text text) {
        float x = placed.x() + text.x();
        float y = y(text.baseline());
        TextPainter.show(
                handle, fonts, glyphs, text.face(), text.size(), text.color(), x, y, text.text(), text.direction());
        if (text.run() != null && text.run().target() != null) {
            float width = TextPainter.width(
                    glyphs, text.face(), text.size(), text.text().stripTrailing(), text.direction());
            links.extend(text.run(), pageIndex, new PDRectangle(x, y - text.size() * 0.25f, width, text.size() * 1.1f));
        }
        return null;
    }

    @Override
    public Void fill(Mark.Fill fill) {
        handle.fillRectangle(
                fill.color(), placed.x() + fill.x(), y(fill.y() + fill.height()), fill.width(), fill.height());
        return null;
    }

    @Override
    public Void rule(Mark.Rule rule) {
        handle.line(
                rule.color(),
                rule.lineWidth(),
                placed.x() + rule.x1(),
                y(rule.y1()),
                placed.x() + rule.x2(),
                y(rule.y2()));
        return null;
    }

    @Override
    public Void image(Mark.Image image) {
        float x = placed.x() + image.x();
        float y = y(image.y() + image.height());
        handle.image(image.image(), x, y, image.width(), image.height());
        if (image.owner() instanceof StructureNode) {
            ((StructureNode) image.owner())
                    .boundingBox(pageIndex, new PDRectangle(x, y, image.width(), image.height()));
        }
        return null;
    }

    @Override
    public Void anchor(Mark.Anchor anchor) {
        return null;
    }
}
