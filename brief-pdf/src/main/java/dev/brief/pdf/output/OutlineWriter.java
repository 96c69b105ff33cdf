package dev.brief.pdf.output;

import dev.brief.core.house.PdfStandard;
import dev.brief.pdf.layout.Destination;
import dev.brief.pdf.layout.Heading;
import dev.brief.pdf.tag.StructureNode;
import dev.brief.pdf.tag.TagTree;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/** Bookmarks from the headings, nested by level (PDF/UA-1 7.4 recommends them; Matterhorn 14). */
public final class OutlineWriter {
    private OutlineWriter() {}

    public static void write(
            PDDocument document,
            List<PDPage> pages,
            List<Heading> headings,
            Map<String, Destination> anchors,
            TagTree tree) {
        if (headings.isEmpty()) {
            return;
        }
        PDDocumentOutline outline = new PDDocumentOutline();
        Deque<PDOutlineNode> parents = new ArrayDeque<>();
        Deque<Integer> levels = new ArrayDeque<>();
        parents.push(outline);
        levels.push(1);
        for (Heading heading : headings) {
            Destination destination = anchors.get(heading.id());
            if (destination == null) {
                continue;
            }
            while (levels.peek() >= heading.level()) {
                parents.pop();
                levels.pop();
            }
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(heading.text());
            PDPageXYZDestination xyz = new PDPageXYZDestination();
            PDPage page = pages.get(destination.pageIndex());
            xyz.setPage(page);
            xyz.setLeft(0);
            xyz.setTop(Math.round(page.getMediaBox().getHeight() - destination.top() + 12));
            if (tree.standard() == PdfStandard.UA1) {
                item.setDestination(xyz);
            } else {
                // PDF/UA-2 8.8: the bookmark goes to the heading's structure element, and to its page as well.
                PDActionGoTo goTo = new PDActionGoTo();
                goTo.setDestination(xyz);
                item.setAction(goTo);
                tree.structureDestination(goTo.getCOSObject(), (StructureNode) destination.owner(), 0, xyz.getTop());
            }
            parents.peek().addLast(item);
            parents.push(item);
            levels.push(heading.level());
        }
        outline.openNode();
        document.getDocumentCatalog().setDocumentOutline(outline);
    }
}
