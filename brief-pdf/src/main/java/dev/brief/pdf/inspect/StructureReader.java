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
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;

/** Reads a document's structure tree into {@link TagNode}s, with the text of every marked-content reference. */
final class StructureReader {
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
        return new TagNode.Element(type, standard, attributes(element), kids);
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
                ? document.getPages().indexOf(new PDPage((COSDictionary) pageBase)) + 1 : 0;
        String target = "";
        if (annotation instanceof PDAnnotationLink) {
            PDAnnotationLink link = (PDAnnotationLink) annotation;
            if (link.getAction() instanceof PDActionURI) {
                target = ((PDActionURI) link.getAction()).getURI();
            } else if (link.getDestination() instanceof PDPageDestination) {
                target = "page " + (((PDPageDestination) link.getDestination()).retrievePageNumber() + 1);
            }
        }
        return new TagNode.Annotation(page, annotation.getSubtype(),
                annotation.getContents() == null ? "" : annotation.getContents(), target);
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
                parts.add(item instanceof org.apache.pdfbox.cos.COSNumber
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
