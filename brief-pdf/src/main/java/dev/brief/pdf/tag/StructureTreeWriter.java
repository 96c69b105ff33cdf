package dev.brief.pdf.tag;

import dev.brief.core.house.PdfStandard;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDLayoutAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDListAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;

/**
 * Turns the planned tree into PDFBox structure elements, the role map (ISO 32000-1, 14.8.4, PDF/UA-1 7.1) or the
 * namespaces (ISO 32000-2, 14.8.6; PDF/UA-2 8.2.4) and the parent tree (14.7.4.4): one array per page indexed by
 * MCID, and one key per annotation. Under PDF/UA-2 a note's referring Links and its FENote point at each other
 * with /Ref (8.2.5.14) and the FENote says it is an endnote.
 */
final class StructureTreeWriter {
    private static final COSName STRUCT_ELEM = COSName.getPDFName(PDStructureElement.TYPE);
    private static final COSName NAMESPACES = COSName.getPDFName("Namespaces");
    private final StructureTypes types;
    private final Map<StructureNode, PDStructureElement> elements = new IdentityHashMap<>();
    /** Under PDF/UA-2 only: PDF/UA-1 links a reference to its note through the Link's annotation alone. */
    private final NoteLinks noteLinks;

    private final PDDocument document;
    private final List<PDPage> pages;
    private final Map<Integer, Integer> mcidCounts;
    private final Map<Integer, COSArray> pageParents = new LinkedHashMap<>();
    private final Map<String, String> roleMap = new java.util.TreeMap<>();
    private final List<AnnotationParent> annotationParents = new ArrayList<>();

    private record AnnotationParent(ContentReference.Annotation annotation, PDStructureElement element) {}

    StructureTreeWriter(
            PDDocument document, List<PDPage> pages, Map<Integer, Integer> mcidCounts, StructureTypes types) {
        this.types = types;
        this.noteLinks = types.standard() == PdfStandard.UA1 ? null : new NoteLinks();
        this.document = document;
        this.pages = pages;
        this.mcidCounts = mcidCounts;
    }

    /** The element written for a node, or for its nearest written ancestor (a transparent or empty node has none). */
    PDStructureElement elementOf(StructureNode node) {
        for (StructureNode at = node; at != null; at = at.parent()) {
            PDStructureElement element = elements.get(at);
            if (element != null) {
                return element;
            }
        }
        throw new IllegalStateException(node + " has no written element");
    }

    void write(StructureNode root, List<ContentReference.Annotation> annotations) {
        PDStructureTreeRoot treeRoot = new PDStructureTreeRoot();
        document.getDocumentCatalog().setStructureTreeRoot(treeRoot);
        for (int index = 0; index < pages.size(); index++) {
            COSArray parents = new COSArray();
            for (int mcid = 0; mcid < mcidCounts.getOrDefault(index, 0); mcid++) {
                parents.add(COSNull.NULL);
            }
            pageParents.put(index, parents);
            pages.get(index).setStructParents(index);
        }
        PDStructureElement documentElement = element(root, treeRoot);
        treeRoot.appendKid(documentElement);

        COSArray numbers = new COSArray();
        for (Map.Entry<Integer, COSArray> entry : pageParents.entrySet()) {
            numbers.add(COSInteger.get(entry.getKey()));
            numbers.add(entry.getValue());
        }
        int key = pages.size();
        for (AnnotationParent annotationParent : annotationParents) {
            annotationParent.annotation().annotation().setStructParent(key);
            numbers.add(COSInteger.get(key));
            numbers.add(annotationParent.element().getCOSObject());
            key++;
        }
        PDNumberTreeNode parentTree = new PDNumberTreeNode(PDStructureElement.class);
        parentTree.getCOSObject().setItem(COSName.NUMS, numbers);
        treeRoot.setParentTree(parentTree);
        treeRoot.setParentTreeNextKey(key);
        if (!roleMap.isEmpty()) {
            treeRoot.setRoleMap(roleMap);
        }
        if (types.namespaces().size() > 0) {
            treeRoot.getCOSObject().setItem(NAMESPACES, types.namespaces());
        }
        if (noteLinks != null) {
            noteLinks.link();
        }
        if (annotationParents.size() != annotations.size()) {
            throw new IllegalStateException("an annotation was recorded on a node outside the tree");
        }
    }

    private PDStructureElement element(StructureNode node, PDStructureNode parent) {
        // As new PDStructureElement(type, parent) makes it (/Type, /S, /P), without looking up two names per element.
        COSDictionary dictionary = new COSDictionary();
        dictionary.setItem(COSName.TYPE, STRUCT_ELEM);
        StructureTypes.Written written = types.of(node.role());
        dictionary.setItem(COSName.S, written.type());
        dictionary.setItem(COSName.P, parent);
        if (written.namespace() != null) {
            dictionary.setItem(StructureTypes.namespaceKey(), written.namespace());
        }
        PDStructureElement element = new PDStructureElement(dictionary);
        elements.put(node, element);
        if (node.role().custom() && written.namespace() == null) {
            roleMap.put(node.role().structureType(), node.role().standardType());
        }
        describe(node, element);
        PDPage elementPage = firstPage(node);
        if (elementPage != null) {
            element.setPage(elementPage);
        }
        appendKids(node, element, elementPage);
        return element;
    }

    /** The kids of {@code node} into {@code element}: its own, or its parent's when {@code node} is transparent. */
    private void appendKids(StructureNode node, PDStructureElement element, PDPage elementPage) {
        for (Object kid : node.kids()) {
            if (kid instanceof StructureNode) {
                StructureNode child = (StructureNode) kid;
                if (!hasContent(child)) {
                    continue;
                }
                if (types.transparent(child)) {
                    if (child.referencedIdentifier() != null) {
                        throw new IllegalStateException(child + " refers to a note but is not written");
                    }
                    appendKids(child, element, elementPage);
                } else {
                    element.appendKid(element(child, element));
                }
            } else if (kid instanceof ContentReference.MarkedContent) {
                ContentReference.MarkedContent content = (ContentReference.MarkedContent) kid;
                PDPage page = pages.get(content.pageIndex());
                if (page == elementPage) {
                    element.appendKid(content.mcid());
                } else {
                    PDMarkedContentReference reference = new PDMarkedContentReference();
                    reference.setMCID(content.mcid());
                    reference.setPage(page);
                    element.appendKid(reference);
                }
                pageParents.get(content.pageIndex()).set(content.mcid(), element.getCOSObject());
            } else {
                ContentReference.Annotation annotation = (ContentReference.Annotation) kid;
                PDObjectReference reference = new PDObjectReference();
                reference.setReferencedObject(annotation.annotation());
                reference.getCOSObject().setItem(COSName.PG, pages.get(annotation.pageIndex()));
                element.appendKid(reference);
                annotationParents.add(new AnnotationParent(annotation, element));
            }
        }
    }

    private void describe(StructureNode node, PDStructureElement element) {
        if (node.alternateText() != null) {
            element.setAlternateDescription(node.alternateText());
        }
        if (node.actualText() != null) {
            element.setActualText(node.actualText());
        }
        if (node.identifier() != null) {
            element.setElementIdentifier(node.identifier());
        }
        if (noteLinks != null) {
            noteLinks.written(node, element);
        }
        if (node.title() != null) {
            element.setTitle(node.title());
        }
        if (node.language() != null) {
            element.setLanguage(node.language());
        }
        if (node.listNumbering() != null) {
            PDListAttributeObject list = new PDListAttributeObject();
            list.setListNumbering(node.listNumbering());
            element.addAttribute(list);
        }
        if (node.scope() != null) {
            PDTableAttributeObject table = new PDTableAttributeObject();
            table.setScope(node.scope());
            element.addAttribute(table);
        }
        if (node.boundingBox() != null) {
            PDLayoutAttributeObject layout = new PDLayoutAttributeObject();
            layout.setBBox(node.boundingBox());
            element.addAttribute(layout);
        }
    }

    private PDPage firstPage(StructureNode node) {
        for (Object kid : node.kids()) {
            if (kid instanceof ContentReference) {
                return pages.get(((ContentReference) kid).pageIndex());
            }
            if (kid instanceof StructureNode && types.transparent((StructureNode) kid)) {
                PDPage page = firstPage((StructureNode) kid);
                if (page != null) {
                    return page;
                }
            }
        }
        return null;
    }

    /** Empty elements are left out, except table cells, which keep the table regular when empty. */
    private static boolean hasContent(StructureNode node) {
        if (node.role() == StructureRole.TD || node.role() == StructureRole.TH) {
            return true;
        }
        for (Object kid : node.kids()) {
            if (!(kid instanceof StructureNode) || hasContent((StructureNode) kid)) {
                return true;
            }
        }
        return false;
    }
}
