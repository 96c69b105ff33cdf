package dev.brief.maven.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * Reads a PDF's tag tree back (ISO 32000-1 §14.7 logical structure, §14.8 tagged PDF) with the text of each
 * marked-content sequence, so that checks and the reviewer's report see what assistive technology sees.
 */
public final class PdfTagReader {
    private PdfTagReader() {}

    public static PdfStructure read(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            boolean marked = catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked();
            Optional<String> lang = Optional.ofNullable(catalog.getLanguage()).filter(value -> !value.isBlank());
            Optional<String> title = Optional.ofNullable(document.getDocumentInformation().getTitle());
            PDStructureTreeRoot treeRoot = catalog.getStructureTreeRoot();
            Optional<TagNode> root = Optional.empty();
            if (treeRoot != null) {
                Map<PDPage, Map<Integer, String>> texts = new HashMap<>();
                TreeWalker walker = new TreeWalker(texts);
                List<TagNode> kids = new ArrayList<>();
                for (Object kid : treeRoot.getKids()) {
                    walker.node(kid, null).ifPresent(kids::add);
                }
                if (!kids.isEmpty()) {
                    root = Optional.of(kids.size() == 1 ? kids.get(0) : new TagNode("StructTreeRoot",
                            "StructTreeRoot", Optional.empty(), Optional.empty(), Optional.empty(), "", kids));
                }
            }
            return new PdfStructure(marked, root, lang, title, document.getNumberOfPages());
        }
    }

    /** Walks structure elements; marked-content text is extracted once per page, on first need. */
    private static final class TreeWalker {
        private final Map<PDPage, Map<Integer, String>> texts;

        TreeWalker(Map<PDPage, Map<Integer, String>> texts) {
            this.texts = texts;
        }

        Optional<TagNode> node(Object kid, PDPage inheritedPage) throws IOException {
            if (kid instanceof PDStructureElement element) {
                return Optional.of(element(element, inheritedPage));
            }
            if (kid instanceof Integer mcid) {
                return Optional.of(TagNode.content(text(inheritedPage, mcid)));
            }
            if (kid instanceof PDMarkedContentReference reference) {
                PDPage page = reference.getPage() != null ? reference.getPage() : inheritedPage;
                return Optional.of(TagNode.content(text(page, reference.getMCID())));
            }
            if (kid instanceof PDObjectReference reference) {
                return Optional.of(TagNode.annotation(annotationTarget(reference)));
            }
            return Optional.empty();
        }

        private TagNode element(PDStructureElement element, PDPage inheritedPage) throws IOException {
            PDPage page = element.getPage() != null ? element.getPage() : inheritedPage;
            List<TagNode> children = new ArrayList<>();
            for (Object kid : element.getKids()) {
                node(kid, page).ifPresent(children::add);
            }
            String declared = element.getStructureType() == null ? "" : element.getStructureType();
            String standard = element.getStandardStructureType() == null
                    ? declared
                    : element.getStandardStructureType();
            return new TagNode(standard, declared, Optional.ofNullable(element.getAlternateDescription()),
                    Optional.ofNullable(element.getActualText()), Optional.ofNullable(element.getLanguage()), "",
                    children);
        }

        private String text(PDPage page, int mcid) throws IOException {
            if (page == null) {
                return "";
            }
            Map<Integer, String> pageTexts = texts.get(page);
            if (pageTexts == null) {
                pageTexts = MarkedContentTexts.of(page);
                texts.put(page, pageTexts);
            }
            return pageTexts.getOrDefault(mcid, "");
        }

        private static String annotationTarget(PDObjectReference reference) throws IOException {
            Object target = reference.getReferencedObject();
            if (target instanceof PDAnnotationLink link) {
                if (link.getAction() instanceof PDActionURI uri) {
                    return uri.getURI();
                }
                if (link.getDestination() != null || link.getAction() != null) {
                    return "(a place in this document)";
                }
                return "(nowhere)";
            }
            return reference.getCOSObject().getCOSName(COSName.TYPE, COSName.ANNOT).getName();
        }
    }
}
