package dev.brief.pdf.paint;

import dev.brief.core.language.Labels;
import dev.brief.pdf.fonts.FontSet;
import dev.brief.pdf.layout.LaidOutBrief;
import dev.brief.pdf.layout.LaidOutPage;
import dev.brief.pdf.layout.PlacedMark;
import dev.brief.pdf.tag.MarkedContent;
import dev.brief.pdf.tag.Owner;
import dev.brief.pdf.tag.PageCanvas;
import dev.brief.pdf.tag.TagTree;
import dev.brief.pdf.text.GlyphLayout;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The paint stage: adds the pages to the document and draws each laid-out page. Each mark is drawn inside a
 * marked-content handle for its owner, opened and closed by try-with-resources; consecutive marks of one owner
 * share a sequence. Links become annotations as soon as their text on a line is drawn, so the OBJR follows the
 * link's own content in the Link element.
 */
public final class PagePainter {
    private final PDDocument document;
    private final TagTree tree;
    private final FontSet fonts;
    private final GlyphLayout glyphs;
    private final List<PDPage> pages;
    private final LinkAnnotator links;

    private PagePainter(
            PDDocument document,
            TagTree tree,
            FontSet fonts,
            GlyphLayout glyphs,
            List<PDPage> pages,
            LaidOutBrief brief,
            Labels labels) {
        this.document = document;
        this.tree = tree;
        this.fonts = fonts;
        this.glyphs = glyphs;
        this.pages = pages;
        this.links = new LinkAnnotator(tree, pages, brief.anchors(), labels);
    }

    /**
     * Adds a page {@code pageWidth} × {@code pageHeight} points to {@code document} for each page of {@code brief}
     * and paints it through {@code tree}'s canvases; returns the pages in order.
     */
    public static List<PDPage> paint(
            PDDocument document,
            TagTree tree,
            FontSet fonts,
            String languageTag,
            LaidOutBrief brief,
            float pageWidth,
            float pageHeight,
            Labels labels) {
        List<PDPage> pages = new ArrayList<>();
        for (int i = 0; i < brief.pages().size(); i++) {
            PDPage page = new PDPage(new PDRectangle(pageWidth, pageHeight));
            document.addPage(page);
            pages.add(page);
        }
        GlyphLayout glyphs = new GlyphLayout(fonts.library(), languageTag);
        PagePainter painter = new PagePainter(document, tree, fonts, glyphs, pages, brief, labels);
        for (LaidOutPage page : brief.pages()) {
            painter.paint(page);
        }
        return pages;
    }

    private void paint(LaidOutPage layout) {
        PDPage page = pages.get(layout.number() - 1);
        float pageHeight = page.getMediaBox().getHeight();
        List<PlacedMark> marks = layout.marks();
        try (PageCanvas canvas = tree.newPage(document, page)) {
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
    private int paintOwned(List<PlacedMark> marks, int from, MarkedContent handle, float pageHeight, int pageIndex) {
        Owner owner = marks.get(from).mark().owner();
        int next = from;
        while (next < marks.size() && marks.get(next).mark().owner() == owner) {
            PlacedMark current = marks.get(next);
            current.mark().accept(new MarkPainter(fonts, glyphs, links, handle, current, pageHeight, pageIndex));
            next++;
            if (next == marks.size()
                    || marks.get(next).row() != current.row()
                    || marks.get(next).mark().owner() != owner) {
                links.flush();
            }
        }
        return next;
    }
}
