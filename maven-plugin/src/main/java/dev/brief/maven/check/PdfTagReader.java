package dev.brief.maven.check;

import dev.brief.pdf.inspect.PdfInspection;
import dev.brief.pdf.inspect.TagNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;

/**
 * Reads a PDF back as assistive technology meets it: the tag tree with the text of its marked content, as
 * brief-pdf's own inspection reads it (the PDF module's tests and these checks see the same tree), plus
 * what the catalogue says (tagged or not, language, title) and any painting outside marked content.
 */
public final class PdfTagReader {
    private PdfTagReader() {}

    public static PdfStructure read(Path pdf) throws IOException {
        byte[] bytes = Files.readAllBytes(pdf);
        PdfInspection inspection = PdfInspection.of(bytes);
        List<CheckedTag> roots = new ArrayList<>();
        for (TagNode.Element root : inspection.roots()) {
            roots.add(node(root));
        }
        Optional<CheckedTag> root = roots.isEmpty()
                ? Optional.empty()
                : Optional.of(
                        roots.size() == 1
                                ? roots.get(0)
                                : new CheckedTag(
                                        "StructTreeRoot",
                                        "StructTreeRoot",
                                        Optional.empty(),
                                        Optional.empty(),
                                        Optional.empty(),
                                        "",
                                        roots));
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            boolean marked =
                    catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked();
            Optional<String> lang = Optional.ofNullable(catalog.getLanguage()).filter(value -> !value.isBlank());
            Optional<String> title =
                    Optional.ofNullable(document.getDocumentInformation().getTitle());
            return new PdfStructure(
                    marked, root, lang, title, document.getNumberOfPages(), inspection.unmarkedPainting());
        }
    }

    private static CheckedTag node(TagNode kid) {
        if (kid instanceof TagNode.Content content) {
            return CheckedTag.content(content.text());
        }
        if (kid instanceof TagNode.Annotation annotation) {
            return CheckedTag.annotation(
                    annotation.target().isEmpty()
                            ? "(" + annotation.subtype() + " without a target)"
                            : annotation.target());
        }
        TagNode.Element element = (TagNode.Element) kid;
        List<CheckedTag> children = new ArrayList<>();
        for (TagNode child : element.kids()) {
            children.add(node(child));
        }
        return new CheckedTag(
                element.standardType(),
                element.type(),
                Optional.ofNullable(element.attributes().get("Alt")),
                Optional.ofNullable(element.attributes().get("ActualText")),
                Optional.ofNullable(element.attributes().get("Lang")),
                "",
                children);
    }
}
