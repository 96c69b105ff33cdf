package dev.brief.epub;

import dev.brief.epub.inspect.XmlDocuments;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads the XHTML content document back to find what navigation must point at. Taking the ids from the
 * document itself (rather than guessing the HTML writer's naming) means every link in the navigation
 * document resolves by construction.
 */
final class ContentOutliner {
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    static final String OPS = "http://www.idpf.org/2007/ops";

    private final List<ContentOutline.Heading> headings = new ArrayList<>();
    private final List<String> pageBreaks = new ArrayList<>();
    private final Set<String> images = new LinkedHashSet<>();
    private String endnotes;
    /** The first element typed {@code bodymatter}, and the {@code main} element: the start of the body. */
    private String typedBodyMatter;
    private String main;

    private ContentOutliner() {}

    static ContentOutline outline(String xhtml) {
        ContentOutliner outliner = new ContentOutliner();
        outliner.walk(parse(xhtml).getDocumentElement());
        return new ContentOutline(
                outliner.headings,
                outliner.pageBreaks,
                Optional.ofNullable(outliner.endnotes),
                Optional.ofNullable(outliner.typedBodyMatter).or(() -> Optional.ofNullable(outliner.main)),
                List.copyOf(outliner.images));
    }

    static Document parse(String xhtml) {
        try {
            return XmlDocuments.parse(xhtml);
        } catch (IOException e) {
            throw new IllegalStateException("the content document is not well-formed XHTML: " + e.getMessage(), e);
        }
    }

    private void walk(Element element) {
        if (XHTML.equals(element.getNamespaceURI())) {
            visit(element);
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                walk(childElement);
            }
        }
    }

    private void visit(Element element) {
        String name = element.getLocalName();
        String id = element.getAttribute("id");
        if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6') {
            heading(element, name.charAt(1) - '0');
        }
        if (isA(element, "pagebreak", "doc-pagebreak")) {
            if (id.isEmpty()) {
                throw new IllegalStateException("a page break marker has no id, so the page list cannot link to it");
            }
            pageBreaks.add(id);
        }
        if (endnotes == null && isA(element, "endnotes", "doc-endnotes") && !id.isEmpty()) {
            endnotes = id;
        }
        if (typedBodyMatter == null && isA(element, "bodymatter", null) && !id.isEmpty()) {
            typedBodyMatter = id;
        }
        if (main == null && name.equals("main") && !id.isEmpty()) {
            main = id;
        }
        if (name.equals("img")) {
            String source = element.getAttribute("src");
            if (!source.isEmpty() && !source.contains(":")) {
                images.add(source);
            }
        }
    }

    private void heading(Element element, int level) {
        String target = element.getAttribute("id");
        if (target.isEmpty() && element.getParentNode() instanceof Element parent) {
            target = parent.getAttribute("id");
        }
        if (target.isEmpty()) {
            throw new IllegalStateException(
                    "heading '" + readableText(element) + "' has no id and its parent has none either");
        }
        headings.add(new ContentOutline.Heading(level, readableText(element), target));
    }

    private static boolean isA(Element element, String epubType, String role) {
        boolean typed = Arrays.asList(element.getAttributeNS(OPS, "type").split("\\s+")).contains(epubType);
        boolean roled = role != null && Arrays.asList(element.getAttribute("role").split("\\s+")).contains(role);
        return typed || roled;
    }

    /** The heading's text without its note references, whitespace collapsed. */
    static String readableText(Element element) {
        StringBuilder text = new StringBuilder();
        appendText(element, text);
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    private static void appendText(Node node, StringBuilder text) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                if (!isA(element, "noteref", "doc-noteref") && !isA(element, "pagebreak", "doc-pagebreak")) {
                    appendText(element, text);
                }
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            }
        }
    }
}
