package dev.brief.pdf.tag;

import dev.brief.core.house.PdfStandard;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * The planned structure tree and the bookkeeping of marked content: the one place that assigns MCIDs (through
 * its page canvases) and parent-tree keys, and that checks, when the tree is written, that every MCID of every
 * page has exactly one parent element.
 */
public final class TagTree {
    private final StructureNode root = new StructureNode(StructureRole.DOCUMENT, null, false);
    private final List<PDPage> pages = new ArrayList<>();
    private final Map<Integer, Integer> mcidCounts = new HashMap<>();
    private final Map<ContentReference.MarkedContent, StructureNode> parents = new HashMap<>();
    private final List<ContentReference.Annotation> annotations = new ArrayList<>();
    private final List<StructureDestination> structureDestinations = new ArrayList<>();
    private final PdfStandard standard;
    private int openCanvases;

    /** A GoTo action whose /SD is filled in once the element it points at is written. */
    private record StructureDestination(COSDictionary action, StructureNode target, float left, float top) {}

    /** A tree written as PDF/UA-1 asks. */
    public TagTree() {
        this(PdfStandard.UA1);
    }

    /** A tree written as {@code standard} asks: the same plan, another tag mapping. */
    public TagTree(PdfStandard standard) {
        this.standard = standard;
    }

    public PdfStandard standard() {
        return standard;
    }

    /**
     * Points a GoTo action also at the structure element of {@code target} (ISO 32000-2, 12.6.4.2 /SD), as PDF/UA-2
     * 8.8 asks of every destination inside the document. The element exists once the tree is written.
     */
    public void structureDestination(COSDictionary goToAction, StructureNode target, float left, float top) {
        structureDestinations.add(new StructureDestination(goToAction, target, left, top));
    }

    /** The Document element, root of the plan. */
    public StructureNode root() {
        return root;
    }

    /**
     * Ends planning: from now on only inline elements can be added (by layout, inside the planned elements), so
     * the block elements stay in the source order the plan gave them.
     */
    public void completePlan() {
        root.completePlan();
    }

    /** Starts drawing a new page; pages must be added in page order. */
    public PageCanvas newPage(PDDocument document, PDPage page) {
        if (openCanvases > 0) {
            throw new IllegalStateException("the previous page is still open");
        }
        openCanvases++;
        pages.add(page);
        return new PageCanvas(this, document, page, pages.size() - 1);
    }

    void recordContent(StructureNode owner, ContentReference.MarkedContent reference) {
        StructureNode previous = parents.putIfAbsent(reference, owner);
        if (previous != null) {
            throw new IllegalStateException("MCID " + reference.mcid() + " on page " + (reference.pageIndex() + 1)
                    + " already belongs to " + previous);
        }
        owner.addContent(reference);
    }

    void pageClosed(PageCanvas canvas) {
        mcidCounts.put(canvas.pageIndex(), canvas.mcidCount());
        openCanvases--;
    }

    /**
     * Makes an annotation content of a Link (or other) element: the element gets an OBJR kid, the annotation
     * its /StructParent (PDF/UA-1 7.18.1, 7.18.5).
     */
    public void annotation(StructureNode owner, int pageIndex, PDAnnotation annotation) {
        ContentReference.Annotation reference = new ContentReference.Annotation(pageIndex, annotation);
        annotations.add(reference);
        owner.addContent(reference);
    }

    /** Writes the structure tree root, role map and parent tree into the document after all pages are drawn. */
    public void write(PDDocument document) {
        if (openCanvases > 0) {
            throw new IllegalStateException("a page is still open");
        }
        checkEveryMcidHasOneParent();
        StructureTreeWriter writer = new StructureTreeWriter(document, pages, mcidCounts, new StructureTypes(standard));
        writer.write(root, annotations);
        for (StructureDestination destination : structureDestinations) {
            COSArray target = new COSArray();
            target.add(writer.elementOf(destination.target()));
            target.add(COSName.getPDFName("XYZ"));
            target.add(new COSFloat(destination.left()));
            target.add(new COSFloat(destination.top()));
            target.add(COSNull.NULL);
            destination.action().setItem(COSName.getPDFName("SD"), target);
        }
    }

    private void checkEveryMcidHasOneParent() {
        for (Map.Entry<Integer, Integer> page : mcidCounts.entrySet()) {
            for (int mcid = 0; mcid < page.getValue(); mcid++) {
                if (!parents.containsKey(new ContentReference.MarkedContent(page.getKey(), mcid))) {
                    throw new IllegalStateException(
                            "MCID " + mcid + " on page " + (page.getKey() + 1) + " has no parent");
                }
            }
        }
        Map<ContentReference, Integer> seen = new HashMap<>();
        countReferences(root, seen);
        for (Map.Entry<ContentReference, Integer> entry : seen.entrySet()) {
            if (entry.getValue() != 1) {
                throw new IllegalStateException(entry.getKey() + " appears " + entry.getValue() + " times in the tree");
            }
        }
        if (seen.size() != parents.size() + annotations.size()) {
            throw new IllegalStateException("marked content recorded on a node that is not in the tree");
        }
    }

    private static void countReferences(StructureNode node, Map<ContentReference, Integer> seen) {
        for (Object kid : node.kids()) {
            if (kid instanceof StructureNode) {
                countReferences((StructureNode) kid, seen);
            } else {
                seen.merge((ContentReference) kid, 1, Integer::sum);
            }
        }
    }
}
