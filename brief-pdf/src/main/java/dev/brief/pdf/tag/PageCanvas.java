package dev.brief.pdf.tag;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;

/**
 * The content stream of one page. It alone opens and closes marked content (BDC/EMC): drawing is only possible
 * through a {@link MarkedContent} handle it opens for an owner, and only one handle is open at a time, so every
 * painting operator lies inside exactly one tagged sequence or artifact. The operators go through its {@link
 * ContentStreamWriter} and become the page's /Contents when the canvas is closed.
 */
public final class PageCanvas implements AutoCloseable {
    private final TagTree tree;
    private final PDPage page;
    private final int pageIndex;
    private final PDStream contents;
    private final PageResources resources;
    private final ContentStreamWriter writer = new ContentStreamWriter();
    private final GraphicsStateTracker state;
    private int nextMcid;
    private MarkedContent open;

    PageCanvas(TagTree tree, PDDocument document, PDPage page, int pageIndex) {
        this.tree = tree;
        this.page = page;
        this.pageIndex = pageIndex;
        this.contents = new PDStream(document);
        PDResources existing = page.getResources();
        this.resources = new PageResources(existing != null ? existing : new PDResources());
        if (existing == null) {
            page.setResources(resources.resources());
        }
        page.setContents(contents);
        this.state = new GraphicsStateTracker(writer, resources);
    }

    public PDPage page() {
        return page;
    }

    public int pageIndex() {
        return pageIndex;
    }

    /** Opens a marked-content sequence for the owner; draw inside a try-with-resources block. */
    public MarkedContent open(Owner owner) {
        if (open != null) {
            throw new IllegalStateException("a marked-content sequence is already open on page " + (pageIndex + 1));
        }
        if (owner instanceof StructureNode) {
            StructureNode node = (StructureNode) owner;
            int mcid = nextMcid++;
            writer.beginMarkedContent(node.role().structureName(), mcid);
            tree.recordContent(node, new ContentReference.MarkedContent(pageIndex, mcid));
        } else {
            Artifact artifact = (Artifact) owner;
            COSDictionary properties = new COSDictionary();
            properties.setItem(COSName.TYPE, artifact.type());
            if (artifact.subtype() != null) {
                properties.setItem(COSName.SUBTYPE, artifact.subtype());
            }
            writer.beginMarkedContent(COSName.ARTIFACT, resources.properties(PDPropertyList.create(properties)));
        }
        open = new MarkedContent(this, writer, state, resources);
        return open;
    }

    void closed(MarkedContent handle) {
        if (handle != open) {
            throw new IllegalStateException("closing a marked-content sequence that is not open");
        }
        writer.endMarkedContent();
        open = null;
    }

    /** The number of MCIDs assigned on this page (they run 0 … count − 1). */
    int mcidCount() {
        return nextMcid;
    }

    @Override
    public void close() {
        if (open != null) {
            throw new IllegalStateException("page " + (pageIndex + 1) + " closed with an open sequence");
        }
        try {
            writer.writeTo(contents);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tree.pageClosed(this);
    }
}
