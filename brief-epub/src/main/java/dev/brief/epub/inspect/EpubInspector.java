package dev.brief.epub.inspect;

import dev.brief.epub.inspect.InspectedEpub.NavEntry;
import io.documentnode.epub4j.domain.Book;
import io.documentnode.epub4j.domain.MediaTypes;
import io.documentnode.epub4j.domain.Resource;
import io.documentnode.epub4j.domain.SpineReference;
import io.documentnode.epub4j.epub.EpubReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads an EPUB back with epub4j (container, resources, spine) and reads what epub4j's EPUB 2 model has no
 * place for (EPUB 3 {@code meta} properties, manifest properties, the navigation document) from the package
 * and navigation documents themselves.
 */
public final class EpubInspector {
    private static final String OPF = "http://www.idpf.org/2007/opf";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String OPS = "http://www.idpf.org/2007/ops";

    private EpubInspector() {}

    public static InspectedEpub inspect(byte[] epub) throws IOException {
        Book book = new EpubReader().readEpub(new ByteArrayInputStream(epub));
        Document opf = XmlDocuments.parse(text(book.getOpfResource()));
        Element root = opf.getDocumentElement();
        Map<String, String> manifest = new LinkedHashMap<>();
        Map<String, String> properties = new TreeMap<>();
        String navHref = null;
        for (Element item : XmlDocuments.elements(root, OPF, "item")) {
            manifest.put(item.getAttribute("id"), item.getAttribute("href"));
            if (!item.getAttribute("properties").isEmpty()) {
                properties.put(item.getAttribute("href"), item.getAttribute("properties"));
                if (item.getAttribute("properties").matches("(.*\\s)?nav(\\s.*)?")) {
                    navHref = item.getAttribute("href");
                }
            }
        }
        List<String> spine = new ArrayList<>();
        for (SpineReference reference : book.getSpine().getSpineReferences()) {
            spine.add(reference.getResource().getHref());
        }
        Map<String, String> documents = new TreeMap<>();
        for (Resource resource : book.getResources().getAll()) {
            if (resource.getMediaType() == MediaTypes.XHTML
                    || resource.getMediaType().getName().equals("application/xhtml+xml")) {
                documents.put(resource.getHref(), text(resource));
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
        Element metadataElement = XmlDocuments.elements(packageElement, OPF, "metadata").get(0);
        for (Node child = metadataElement.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                String name = null;
                if (DC.equals(element.getNamespaceURI())) {
                    name = "dc:" + element.getLocalName();
                } else if (element.getLocalName().equals("meta") && element.getAttribute("refines").isEmpty()
                        && !element.getAttribute("property").isEmpty()) {
                    name = element.getAttribute("property");
                }
                if (name != null) {
                    metadata.computeIfAbsent(name, key -> new ArrayList<>()).add(element.getTextContent().strip());
                }
            }
        }
        return metadata;
    }

    private static List<NavEntry> nav(Element html, String type) {
        for (Element nav : XmlDocuments.elements(html, XHTML, "nav")) {
            if (nav.getAttributeNS(OPS, "type").equals(type)) {
                for (Node child = nav.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (child instanceof Element element && element.getLocalName().equals("ol")) {
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
                    if (part instanceof Element element && element.getLocalName().equals("a")) {
                        link = element;
                    } else if (part instanceof Element element && element.getLocalName().equals("ol")) {
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

    private static String text(Resource resource) throws IOException {
        return new String(resource.getData(), StandardCharsets.UTF_8);
    }
}
