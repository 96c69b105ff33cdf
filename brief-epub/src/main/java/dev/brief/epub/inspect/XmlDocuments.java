package dev.brief.epub.inspect;

import dev.brief.core.xml.XmlReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Parses the XML documents of an EPUB namespace-aware, without fetching anything from outside. */
public final class XmlDocuments {
    private XmlDocuments() {}

    public static Document parse(String xml) throws IOException {
        try {
            return XmlReader.parse(xml);
        } catch (SAXException e) {
            throw new IOException("not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** Every descendant element of {@code root} with that namespace and local name, in document order. */
    public static List<Element> elements(Element root, String namespace, String localName) {
        NodeList nodes = root.getElementsByTagNameNS(namespace, localName);
        List<Element> elements = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }
}
