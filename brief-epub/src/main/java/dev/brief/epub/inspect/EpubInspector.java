package dev.brief.epub.inspect;

import dev.brief.epub.inspect.InspectedEpub.NavEntry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads an EPUB back: its container, then the package document (metadata with the EPUB 3 {@code meta}
 * properties, manifest and its properties, spine) and the navigation document.
 */
public final class EpubInspector {
    private static final String OPF = "http://www.idpf.org/2007/opf";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String OPS = "http://www.idpf.org/2007/ops";

    private EpubInspector() {}

    public static InspectedEpub inspect(byte[] epub) throws IOException {
        OcfContainer container = OcfContainer.read(epub);
        Document opf = XmlDocuments.parse(container.packageDocument());
        Element root = opf.getDocumentElement();
        Map<String, String> manifest = new LinkedHashMap<>();
        Map<String, String> properties = new TreeMap<>();
        Map<String, String> documents = new TreeMap<>();
        String navHref = null;
        for (Element item : XmlDocuments.elements(root, OPF, "item")) {
            String href = item.getAttribute("href");
            manifest.put(item.getAttribute("id"), href);
            if (!item.getAttribute("properties").isEmpty()) {
                properties.put(href, item.getAttribute("properties"));
                if (item.getAttribute("properties").matches("(.*\\s)?nav(\\s.*)?")) {
                    navHref = href;
                }
            }
            if (item.getAttribute("media-type").equals("application/xhtml+xml")) {
                // A manifest item whose file is missing is left out, for EPUBCheck to report.
                container.text(href).ifPresent(text -> documents.put(href, text));
            }
        }
        List<String> spine = new ArrayList<>();
        for (Element itemref : XmlDocuments.elements(root, OPF, "itemref")) {
            String href = manifest.get(itemref.getAttribute("idref"));
            if (href != null && container.text(href).isPresent()) {
                spine.add(href);
            }
        }
        if (navHref == null || !documents.containsKey(navHref)) {
            throw new IOException("the EPUB has no navigation document");
        }
        Element navigation = XmlDocuments.parse(documents.get(navHref)).getDocumentElement();
        return new InspectedEpub(
                root.getAttribute("version"),
                root.getAttribute("unique-identifier"),
                metadata(root),
                manifest,
                properties,
                spine,
                nav(navigation, "toc"),
                nav(navigation, "landmarks"),
                nav(navigation, "page-list"),
                documents);
    }

    /** Dublin Core elements and unrefined {@code meta} properties, by name. */
    private static Map<String, List<String>> metadata(Element packageElement) {
        Map<String, List<String>> metadata = new LinkedHashMap<>();
        Element metadataElement =
                XmlDocuments.elements(packageElement, OPF, "metadata").get(0);
        for (Node child = metadataElement.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                String name = null;
                if (DC.equals(element.getNamespaceURI())) {
                    name = "dc:" + element.getLocalName();
                } else if (element.getLocalName().equals("meta")
                        && element.getAttribute("refines").isEmpty()
                        && !element.getAttribute("property").isEmpty()) {
                    name = element.getAttribute("property");
                }
                if (name != null) {
                    metadata.computeIfAbsent(name, key -> new ArrayList<>())
                            .add(element.getTextContent().strip());
                }
            }
        }
        return metadata;
    }

    private static List<NavEntry> nav(Element html, String type) {
        for (Element nav : XmlDocuments.elements(html, XHTML, "nav")) {
            if (nav.getAttributeNS(OPS, "type").equals(type)) {
                for (Node child = nav.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (child instanceof Element element
                            && element.getLocalName().equals("ol")) {
                        return entries(element);
                    }
                }
            }
        }
        return List.of();
    }

    private static List<NavEntry> entries(Element list) {
        List<NavEntry> entries = new ArrayList<>();
        for (Node child = list.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element item && item.getLocalName().equals("li")) {
                Element link = null;
                List<NavEntry> children = List.of();
                for (Node part = item.getFirstChild(); part != null; part = part.getNextSibling()) {
                    if (part instanceof Element element
                            && element.getLocalName().equals("a")) {
                        link = element;
                    } else if (part instanceof Element element
                            && element.getLocalName().equals("ol")) {
                        children = entries(element);
                    }
                }
                if (link != null) {
                    entries.add(new NavEntry(
                            link.getTextContent().strip(),
                            link.getAttribute("href"),
                            link.getAttributeNS(OPS, "type"),
                            children));
                }
            }
        }
        return entries;
    }
}
