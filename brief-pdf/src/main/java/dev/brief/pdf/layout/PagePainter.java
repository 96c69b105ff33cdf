package dev.brief.pdf.layout;

import dev.brief.core.language.Labels;
import dev.brief.pdf.tag.MarkedContent;
import dev.brief.pdf.tag.Owner;
import dev.brief.pdf.tag.PageCanvas;
import dev.brief.pdf.tag.TagTree;
import dev.brief.pdf.text.FontSet;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

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
            Map<String, Destination> anchors, Labels labels) {
        this.document = document;
        this.tree = tree;
        this.fonts = fonts;
        this.pages = pages;
        this.furniture = furniture;
        this.links = new LinkAnnotator(tree, pages, anchors, labels);
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
                    item.accept(new ItemPainter(fonts, links, handle, placed, pageHeight, canvas.pageIndex()));
                }
                links.flush();
            }
            if (handle != null) {
                handle.close();
            }
        }
    }
}
