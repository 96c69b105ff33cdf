package dev.brief.pdf.paint;

import dev.brief.core.house.PdfStandard;
import dev.brief.core.language.Label;
import dev.brief.core.language.Labels;
import dev.brief.pdf.layout.Destination;
import dev.brief.pdf.layout.TextRun;
import dev.brief.pdf.tag.StructureNode;
import dev.brief.pdf.tag.TagTree;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;

/**
 * Makes one link annotation per link and line: URI actions for web links, page destinations for note
 * references and back links. Each has /Contents (PDF/UA-1 7.18.5), the print flag (PDF/A-2 6.3.2), no
 * border, and is content of its Link element through an OBJR; its page gets /Tabs /S (PDF/UA-1 7.18.3).
 */
final class LinkAnnotator {
    private static final COSName TABS = COSName.getPDFName("Tabs");
    private final TagTree tree;
    private final List<PDPage> pages;
    private final Map<String, Destination> anchors;
    private final float[] pageHeights;
    private final Labels labels;
    private TextRun run;
    private int pageIndex;
    private PDRectangle area;

    LinkAnnotator(TagTree tree, List<PDPage> pages, Map<String, Destination> anchors, Labels labels) {
        this.tree = tree;
        this.labels = labels;
        this.pages = pages;
        this.anchors = anchors;
        this.pageHeights = new float[pages.size()];
        Arrays.fill(pageHeights, Float.NaN);
    }

    /** A page's height, looked up once: PDPage.getMediaBox() walks the page tree and makes a rectangle each time. */
    private float pageHeight(int index) {
        if (Float.isNaN(pageHeights[index])) {
            pageHeights[index] = pages.get(index).getMediaBox().getHeight();
        }
        return pageHeights[index];
    }

    void extend(TextRun linkRun, int page, PDRectangle box) {
        if (run != null && run.owner() != linkRun.owner()) {
            flush();
        }
        if (run == null) {
            run = linkRun;
            pageIndex = page;
            area = box;
        } else {
            float left = Math.min(area.getLowerLeftX(), box.getLowerLeftX());
            float bottom = Math.min(area.getLowerLeftY(), box.getLowerLeftY());
            float right = Math.max(area.getUpperRightX(), box.getUpperRightX());
            float top = Math.max(area.getUpperRightY(), box.getUpperRightY());
            area = new PDRectangle(left, bottom, right - left, top - bottom);
        }
    }

    void flush() {
        if (run == null) {
            return;
        }
        PDPage page = pages.get(pageIndex);
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(area);
        link.setPrinted(true);
        COSArray border = new COSArray();
        border.add(COSInteger.ZERO);
        border.add(COSInteger.ZERO);
        border.add(COSInteger.ZERO);
        link.getCOSObject().setItem(COSName.BORDER, border);
        link.setPage(page);
        String target = run.target();
        if (target.startsWith("#")) {
            Destination destination = anchors.get(target.substring(1));
            if (destination == null) {
                throw new IllegalStateException("no destination " + target);
            }
            PDPageXYZDestination xyz = new PDPageXYZDestination();
            PDPage targetPage = pages.get(destination.pageIndex());
            xyz.setPage(targetPage);
            xyz.setLeft(0);
            xyz.setTop(Math.round(pageHeight(destination.pageIndex()) - destination.top() + 12));
            if (tree.standard() == PdfStandard.UA1) {
                link.setDestination(xyz);
            } else {
                // PDF/UA-2 8.8: a destination inside the document is a structure destination; /D stays for
                // readers that know only pages.
                PDActionGoTo goTo = new PDActionGoTo();
                goTo.setDestination(xyz);
                link.setAction(goTo);
                tree.structureDestination(goTo.getCOSObject(), (StructureNode) destination.owner(), 0, xyz.getTop());
            }
            link.setContents(
                    target.startsWith("#note-")
                            ? labels.format(Label.NOTE, run.text())
                            : labels.format(
                                    Label.BACK_TO_NOTE_REFERENCE, run.text().replace(".", "")));
        } else {
            PDActionURI action = new PDActionURI();
            action.setURI(target);
            link.setAction(action);
            link.setContents(target);
        }
        // Straight into /Annots: PDPage.getAnnotations() wraps every annotation already on the page, once per link.
        COSArray annotations = page.getCOSObject().getCOSArray(COSName.ANNOTS);
        if (annotations == null) {
            annotations = new COSArray();
            page.getCOSObject().setItem(COSName.ANNOTS, annotations);
        }
        annotations.add(link.getCOSObject());
        page.getCOSObject().setItem(TABS, COSName.S);
        tree.annotation(run.owner(), pageIndex, link);
        run = null;
        area = null;
    }
}
