package dev.brief.pdf.layout;

import dev.brief.pdf.text.FontSet;
import dev.brief.pdf.tag.Artifact;
import dev.brief.pdf.tag.MarkedContent;
import dev.brief.pdf.tag.Owner;
import dev.brief.pdf.tag.PageCanvas;
import dev.brief.pdf.tag.StructureNode;
import dev.brief.pdf.tag.TagTree;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Draws laid-out pages. Each item is drawn inside a marked-content handle for its owner; consecutive items of
 * one owner share a sequence. Links become annotations as soon as their text on a line is drawn, so the OBJR
 * follows the link's own content in the Link element.
 */
final class PagePainter {
    private final PDDocument document;
    private final TagTree tree;
    private final FontSet fonts;
    private final List<PDPage> pages;
    private final Furniture furniture;
    private final LinkAnnotator links;

    PagePainter(PDDocument document, TagTree tree, FontSet fonts, List<PDPage> pages, Furniture furniture,
            Map<String, Destination> anchors) {
        this.document = document;
        this.tree = tree;
        this.fonts = fonts;
        this.pages = pages;
        this.furniture = furniture;
        this.links = new LinkAnnotator(tree, pages, anchors);
    }

    void paint(PageLayout layout) {
        PDPage page = pages.get(layout.number - 1);
        float pageHeight = page.getMediaBox().getHeight();
        try (PageCanvas canvas = tree.newPage(document, page)) {
            furniture.paint(canvas, layout.number);
            Owner current = null;
            MarkedContent handle = null;
            for (PlacedRow placed : layout.rows) {
                for (Item item : placed.row().items) {
                    if (item instanceof Item.Anchor) {
                        continue;
                    }
                    if (item.owner() != current) {
                        links.flush();
                        if (handle != null) {
                            handle.close();
                        }
                        current = item.owner();
                        handle = canvas.open(current);
                    }
                    draw(handle, item, placed, pageHeight, canvas.pageIndex());
                }
                links.flush();
            }
            if (handle != null) {
                handle.close();
            }
        }
    }

    private void draw(MarkedContent handle, Item item, PlacedRow placed, float pageHeight, int pageIndex) {
        float left = placed.x();
        float top = placed.top();
        if (item instanceof Item.Text) {
            Item.Text text = (Item.Text) item;
            float x = left + text.x();
            float y = pageHeight - (top + text.baseline());
            handle.text(fonts.font(text.face()), text.size(), text.color(), x, y, text.text());
            if (text.run() != null && text.run().target() != null) {
                float width = fonts.metrics(text.face()).width(text.text().stripTrailing(), text.size());
                links.extend(text.run(), pageIndex, new PDRectangle(x, y - text.size() * 0.25f, width, text.size() * 1.1f));
            }
        } else if (item instanceof Item.Fill) {
            Item.Fill fill = (Item.Fill) item;
            handle.fillRectangle(fill.color(), left + fill.x(), pageHeight - (top + fill.y() + fill.height()),
                    fill.width(), fill.height());
        } else if (item instanceof Item.Rule) {
            Item.Rule rule = (Item.Rule) item;
            handle.line(rule.color(), rule.lineWidth(), left + rule.x1(), pageHeight - (top + rule.y1()),
                    left + rule.x2(), pageHeight - (top + rule.y2()));
        } else if (item instanceof Item.Image) {
            Item.Image image = (Item.Image) item;
            float x = left + image.x();
            float y = pageHeight - (top + image.y() + image.height());
            handle.image(image.image(), x, y, image.width(), image.height());
            if (image.owner() instanceof StructureNode) {
                ((StructureNode) image.owner()).boundingBox(pageIndex,
                        new PDRectangle(x, y, image.width(), image.height()));
            }
        }
    }

}
