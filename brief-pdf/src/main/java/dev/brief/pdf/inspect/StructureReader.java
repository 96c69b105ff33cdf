package dev.brief.pdf.inspect;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;

/** Reads a document's structure tree into {@link TagNode}s, with the text of every marked-content reference. */
final class StructureReader {
    private static final COSName NS = COSName.getPDFName("NS");
    private static final COSName ROLE_MAP_NS = COSName.getPDFName("RoleMapNS");
    private static final COSName REF = COSName.getPDFName("Ref");
    private static final COSName SD = COSName.getPDFName("SD");
    private final PDDocument document;
    private final Map<Integer, Map<Integer, String>> pageTexts = new HashMap<>();
    private final Map<String, String> roleMap;

    StructureReader(PDDocument document) {
        this.document = document;
        PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
        Map<String, String> roles = new HashMap<>();
        if (root != null) {
            root.getRoleMap().forEach((key, value) -> roles.put(key, String.valueOf(value)));
        }
        this.roleMap = roles;
    }

    List<TagNode.Element> roots() throws IOException {
        PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
        List<TagNode.Element> elements = new ArrayList<>();
        if (root == null) {
            return elements;
        }
        for (Object kid : root.getKids()) {
            if (kid instanceof PDStructureElement) {
                elements.add(element((PDStructureElement) kid));
            }
        }
        return elements;
    }

    private TagNode.Element element(PDStructureElement element) throws IOException {
        List<TagNode> kids = new ArrayList<>();
        for (Object kid : element.getKids()) {
            if (kid instanceof PDStructureElement) {
                kids.add(element((PDStructureElement) kid));
            } else if (kid instanceof Integer) {
                kids.add(content(element.getPage(), (Integer) kid));
            } else if (kid instanceof PDMarkedContentReference) {
                PDMarkedContentReference reference = (PDMarkedContentReference) kid;
                PDPage page = reference.getPage() != null ? reference.getPage() : element.getPage();
                kids.add(content(page, reference.getMCID()));
            } else if (kid instanceof PDObjectReference) {
                kids.add(annotation((PDObjectReference) kid));
            }
        }
        String type = element.getStructureType();
        String standard = roleMap.getOrDefault(type, type);
        SortedMap<String, String> attributes = attributes(element);
        COSBase namespaceBase = element.getCOSObject().getDictionaryObject(NS);
        if (namespaceBase instanceof COSDictionary) {
            // PDF 2.0 (ISO 32000-2, 14.8.6): the element's namespace, and the type its /RoleMapNS maps it to.
            COSDictionary namespace = (COSDictionary) namespaceBase;
            attributes.put("NS", namespaceName(namespace.getString(NS)));
            COSDictionary roles = namespace.getCOSDictionary(ROLE_MAP_NS);
            COSBase mapped = roles == null ? null : roles.getDictionaryObject(COSName.getPDFName(type));
            if (mapped instanceof COSArray && ((COSArray) mapped).getObject(0) instanceof COSName) {
                standard = ((COSName) ((COSArray) mapped).getObject(0)).getName();
            } else if (mapped instanceof COSName) {
                standard = ((COSName) mapped).getName();
            }
        }
        COSArray references = element.getCOSObject().getCOSArray(REF);
        if (references != null) {
            List<String> targets = new ArrayList<>();
            for (COSBase reference : references) {
                if (reference instanceof org.apache.pdfbox.cos.COSObject) {
                    reference = ((org.apache.pdfbox.cos.COSObject) reference).getObject();
                }
                if (reference instanceof COSDictionary) {
                    PDStructureElement target = new PDStructureElement((COSDictionary) reference);
                    targets.add(target.getStructureType()
                            + (target.getElementIdentifier() == null ? "" : "#" + target.getElementIdentifier()));
                }
            }
            attributes.put("Ref", "[" + String.join(" ", targets) + "]");
        }
        return new TagNode.Element(type, standard, attributes, kids);
    }

    private TagNode.Content content(PDPage page, int mcid) throws IOException {
        int index = document.getPages().indexOf(page);
        Map<Integer, String> texts = pageTexts.get(index);
        if (texts == null) {
            texts = MarkedTextReader.read(page);
            pageTexts.put(index, texts);
        }
        return new TagNode.Content(index + 1, mcid, texts.getOrDefault(mcid, ""));
    }

    private TagNode.Annotation annotation(PDObjectReference reference) throws IOException {
        COSDictionary dictionary = (COSDictionary) reference.getCOSObject().getDictionaryObject(COSName.OBJ);
        PDAnnotation annotation = PDAnnotation.createAnnotation(dictionary);
        COSBase pageBase = reference.getCOSObject().getDictionaryObject(COSName.PG);
        int page = pageBase instanceof COSDictionary
                ? document.getPages().indexOf(new PDPage((COSDictionary) pageBase)) + 1
                : 0;
        String target = "";
        if (annotation instanceof PDAnnotationLink) {
            PDAnnotationLink link = (PDAnnotationLink) annotation;
            if (link.getAction() instanceof PDActionURI) {
                target = ((PDActionURI) link.getAction()).getURI();
            } else if (link.getDestination() instanceof PDPageDestination) {
                target = "page " + (((PDPageDestination) link.getDestination()).retrievePageNumber() + 1);
            } else if (link.getAction() instanceof PDActionGoTo
                    && ((PDActionGoTo) link.getAction()).getDestination() instanceof PDPageDestination) {
                PDActionGoTo goTo = (PDActionGoTo) link.getAction();
                target = "page " + (((PDPageDestination) goTo.getDestination()).retrievePageNumber() + 1);
                COSArray structure = goTo.getCOSObject().getCOSArray(SD);
                if (structure != null && structure.getObject(0) instanceof COSDictionary) {
                    // A structure destination (ISO 32000-2, 12.6.4.2): the element the link goes to.
                    target += " " + new PDStructureElement((COSDictionary) structure.getObject(0)).getStructureType();
                }
            }
        }
        return new TagNode.Annotation(
                page,
                annotation.getSubtype(),
                annotation.getContents() == null ? "" : annotation.getContents(),
                target);
    }

    /** The two standard namespaces by short names (pdf2, pdf1.7), any other by its URI. */
    private static String namespaceName(String uri) {
        if ("http://iso.org/pdf2/ssn".equals(uri)) {
            return "pdf2";
        }
        return "http://iso.org/pdf/ssn".equals(uri) ? "pdf1.7" : uri;
    }

    private static SortedMap<String, String> attributes(PDStructureElement element) {
        SortedMap<String, String> attributes = new TreeMap<>();
        put(attributes, "Alt", element.getAlternateDescription());
        put(attributes, "ActualText", element.getActualText());
        put(attributes, "ID", element.getElementIdentifier());
        put(attributes, "Lang", element.getLanguage());
        put(attributes, "Title", element.getTitle());
        for (int i = 0; i < element.getAttributes().size(); i++) {
            PDAttributeObject attribute = element.getAttributes().getObject(i);
            COSDictionary dictionary = attribute.getCOSObject();
            for (COSName key : dictionary.keySet()) {
                if (!COSName.O.equals(key)) {
                    attributes.put(key.getName(), describe(dictionary.getDictionaryObject(key)));
                }
            }
        }
        return attributes;
    }

    private static String describe(COSBase value) {
        if (value instanceof COSName) {
            return ((COSName) value).getName();
        }
        if (value instanceof COSArray) {
            List<String> parts = new ArrayList<>();
            for (COSBase item : (COSArray) value) {
                parts.add(
                        item instanceof org.apache.pdfbox.cos.COSNumber
                                ? String.valueOf(Math.round(((org.apache.pdfbox.cos.COSNumber) item).floatValue()))
                                : String.valueOf(item));
            }
            return "[" + String.join(" ", parts) + "]";
        }
        return String.valueOf(value);
    }

    private static void put(SortedMap<String, String> attributes, String key, String value) {
        if (value != null) {
            attributes.put(key, value);
        }
    }
}
