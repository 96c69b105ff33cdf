package dev.brief.pdf.layout;

import dev.brief.core.language.Labels;
import dev.brief.pdf.tag.MarkedContent;
import dev.brief.pdf.tag.Owner;
import dev.brief.pdf.tag.PageCanvas;
import dev.brief.pdf.tag.TagTree;
import dev.brief.pdf.text.FontSet;
import java.util.ArrayList;
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
        List<PlacedItem> items = new ArrayList<>();
        for (PlacedRow placed : layout.rows) {
            for (Item item : placed.row().items) {
                if (!(item instanceof Item.Anchor)) {
                    items.add(new PlacedItem(placed, item));
                }
            }
        }
        try (PageCanvas canvas = tree.newPage(document, page)) {
            furniture.paint(canvas, layout.number);
            int next = 0;
            while (next < items.size()) {
                Owner owner = items.get(next).item().owner();
                try (MarkedContent handle = canvas.open(owner)) {
                    next = paintOwned(items, next, handle, pageHeight, canvas.pageIndex());
                }
            }
        }
    }

    /**
     * Paints the items from {@code from} on that have its owner, in one sequence, which may span rows; the
     * link areas gathered so far become annotations at the end of each row and before the sequence closes.
     * Returns the index of the first item not painted.
     */
    private int paintOwned(List<PlacedItem> items, int from, MarkedContent handle, float pageHeight,
            int pageIndex) {
        Owner owner = items.get(from).item().owner();
        int next = from;
        while (next < items.size() && items.get(next).item().owner() == owner) {
            PlacedItem current = items.get(next);
            current.item().accept(new ItemPainter(fonts, links, handle, current.row(), pageHeight, pageIndex));
            next++;
            if (next == items.size() || items.get(next).row() != current.row()
                    || items.get(next).item().owner() != owner) {
                links.flush();
            }
        }
        return next;
    }

    /** An item with the row it is placed in. */
    private record PlacedItem(PlacedRow row, Item item) {}
}
