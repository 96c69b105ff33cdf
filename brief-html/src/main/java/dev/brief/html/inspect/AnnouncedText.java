package dev.brief.html.inspect;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * What a reader sees or hears of an XHTML document (the print edition or an EPUB content document): every
 * text node, and the attributes that name or describe (aria-label, alt, title). Markup, class names and style
 * sheets are not announced. For checks that no word is left in another language.
 */
public final class AnnouncedText {
    private static final List<String> ANNOUNCED_ATTRIBUTES = List.of("aria-label", "alt", "title");

    private AnnouncedText() {}

    /** The announced texts of {@code xhtml}, in document order, each stripped. */
    public static List<String> of(String xhtml) {
        // The HTML5 doctype has no system identifier: the XML parser is given the document without it.
        String markup = xhtml.startsWith("<!DOCTYPE html>") ? xhtml.substring(xhtml.indexOf('>') + 1) : xhtml;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Node root = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(markup.getBytes(StandardCharsets.UTF_8)))
                    .getDocumentElement();
            List<String> texts = new ArrayList<>();
            collect(root, texts);
            return texts;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalArgumentException("not well-formed XHTML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(Node node, List<String> texts) {
        if (node.getNodeType() == Node.TEXT_NODE && !node.getNodeValue().isBlank()) {
            texts.add(node.getNodeValue().strip());
        }
        if (node instanceof Element element) {
            if (List.of("style", "script").contains(element.getLocalName())) {
                return;
            }
            for (String name : ANNOUNCED_ATTRIBUTES) {
                if (element.hasAttribute(name)) {
                    texts.add(element.getAttribute(name));
                }
            }
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            collect(child, texts);
        }
    }
}
