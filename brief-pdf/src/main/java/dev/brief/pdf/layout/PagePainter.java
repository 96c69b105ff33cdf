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
 * Draws laid-out pages. Each mark is drawn inside a marked-content handle for its owner; consecutive marks of
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
        List<PlacedMark> marks = new ArrayList<>();
        for (PlacedRow placed : layout.rows) {
            for (Mark mark : placed.row().marks) {
                if (!(mark instanceof Mark.Anchor)) {
                    marks.add(new PlacedMark(placed, mark));
                }
            }
        }
        try (PageCanvas canvas = tree.newPage(document, page)) {
            furniture.paint(canvas, layout.number);
            int next = 0;
            while (next < marks.size()) {
                Owner owner = marks.get(next).mark().owner();
                try (MarkedContent handle = canvas.open(owner)) {
                    next = paintOwned(marks, next, handle, pageHeight, canvas.pageIndex());
                }
            }
        }
    }

    /**
     * Paints the marks from {@code from} on that have its owner, in one sequence, which may span rows; the
     * link areas gathered so far become annotations at the end of each row and before the sequence closes.
     * Returns the index of the first mark not painted.
     */
    private int paintOwned(List<PlacedMark> marks, int from, MarkedContent handle, float pageHeight,
            int pageIndex) {
        Owner owner = marks.get(from).mark().owner();
        int next = from;
        while (next < marks.size() && marks.get(next).mark().owner() == owner) {
            PlacedMark current = marks.get(next);
            current.mark().accept(new MarkPainter(fonts, links, handle, current.row(), pageHeight, pageIndex));
            next++;
            if (next == marks.size() || marks.get(next).row() != current.row()
                    || marks.get(next).mark().owner() != owner) {
                links.flush();
            }
        }
        return next;
    }

    /** A mark with the row it is placed in. */
    private record PlacedMark(PlacedRow row, Mark mark) {}
}
