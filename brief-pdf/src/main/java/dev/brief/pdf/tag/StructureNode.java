package dev.brief.pdf.tag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * One element of the planned tag tree. Block elements are attached to their parent when planned, so their
 * order is source order whatever page or column they are drawn in. Inline elements (links, references, spans)
 * are attached when their first content is drawn, which places them between the marked-content sequences of
 * their parent in reading order. Only the tagging package adds content to a node.
 */
public final class StructureNode implements Owner {
    private final StructureRole role;
    private final StructureNode parent;
    private final boolean inline;
    private boolean attached;
    /** Set on the root when the plan is complete: no block element may be added to the tree after that. */
    private boolean planComplete;

    private final List<Object> kids = new ArrayList<>();
    private String alternateText;
    private String actualText;
    private String identifier;
    private String title;
    private String language;
    private String listNumbering;
    private String scope;
    private String referencedIdentifier;
    private int boundingBoxPage = -1;
    private PDRectangle boundingBox;

    StructureNode(StructureRole role, StructureNode parent, boolean inline) {
        this.role = Objects.requireNonNull(role, "role");
        this.parent = parent;
        this.inline = inline;
        this.attached = !inline;
        if (parent != null && !inline) {
            parent.kids.add(this);
        }
    }

    /**
     * Plans a block-level child after the children planned so far.
     *
     * @throws IllegalStateException once the plan of the tree is complete: a block element added later would
     *     stand after everything planned before it, out of source order
     */
    public StructureNode add(StructureRole childRole) {
        StructureNode root = this;
        while (root.parent != null) {
            root = root.parent;
        }
        if (root.planComplete) {
            throw new IllegalStateException("the block elements are planned; " + childRole.structureType()
                    + " cannot be added under " + this + " now");
        }
        return new StructureNode(childRole, this, false);
    }

    /** Marks the plan of the tree under this root complete. */
    void completePlan() {
        planComplete = true;
    }

    /** Plans an inline child; it takes its place among this node's content when it is first drawn. */
    public StructureNode addInline(StructureRole childRole) {
        return new StructureNode(childRole, this, true);
    }

    public StructureRole role() {
        return role;
    }

    public StructureNode parent() {
        return parent;
    }

    public StructureNode alternateText(String text) {
        this.alternateText = text;
        return this;
    }

    public StructureNode actualText(String text) {
        this.actualText = text;
        return this;
    }

    /** The element identifier (/ID), required on Note elements by PDF/UA-1 7.9. */
    public StructureNode identifier(String id) {
        this.identifier = id;
        return this;
    }

    public StructureNode title(String text) {
        this.title = text;
        return this;
    }

    public StructureNode language(String tag) {
        this.language = tag;
        return this;
    }

    /** The ListNumbering list attribute (Disc, Decimal …), required on L by PDF/UA-1 7.6. */
    public StructureNode listNumbering(String numbering) {
        this.listNumbering = numbering;
        return this;
    }

    /** The Scope table attribute of a TH (Row, Column, Both), PDF/UA-1 7.5. */
    public StructureNode scope(String value) {
        this.scope = value;
        return this;
    }

    /**
     * The /ID of the element this one refers to: a note reference's Link names its note, which PDF/UA-2 (8.2.5.14)
     * links both ways with /Ref. Written only where the standard has /Ref.
     */
    public StructureNode refersTo(String id) {
        this.referencedIdentifier = id;
        return this;
    }

    /** The BBox layout attribute of a Figure or Table, in page coordinates. */
    public void boundingBox(int pageIndex, PDRectangle box) {
        this.boundingBoxPage = pageIndex;
        this.boundingBox = box;
    }

    void addContent(ContentReference reference) {
        attach();
        kids.add(reference);
    }

    /** Attaches an inline node (and inline ancestors) to its parent at the current reading position. */
    private void attach() {
        if (attached) {
            if (inline && parent.lastContentKid() != this) {
                throw new IllegalStateException(
                        this + " content resumed after other content of its parent " + parent + ": " + parent.kids);
            }
            return;
        }
        parent.attach();
        parent.kids.add(this);
        attached = true;
    }

    /**
     * The last kid that is not an annotation: a link's annotation for one line may be recorded before the
     * link's text on the next line, and annotations are not read in line with the text.
     */
    private Object lastContentKid() {
        for (int i = kids.size() - 1; i >= 0; i--) {
            if (!(kids.get(i) instanceof ContentReference.Annotation)) {
                return kids.get(i);
            }
        }
        return null;
    }

    List<Object> kids() {
        return Collections.unmodifiableList(kids);
    }

    String alternateText() {
        return alternateText;
    }

    String actualText() {
        return actualText;
    }

    String identifier() {
        return identifier;
    }

    String title() {
        return title;
    }

    String language() {
        return language;
    }

    String listNumbering() {
        return listNumbering;
    }

    String scope() {
        return scope;
    }

    String referencedIdentifier() {
        return referencedIdentifier;
    }

    int boundingBoxPage() {
        return boundingBoxPage;
    }

    PDRectangle boundingBox() {
        return boundingBox;
    }

    @Override
    public String toString() {
        return role.structureType() + (identifier == null ? "" : "#" + identifier);
    }
}
