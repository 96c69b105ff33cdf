package dev.brief.html.inspect;

import dev.brief.core.language.TextDirection;
import dev.brief.core.xml.XmlReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads an HTML edition written by brief-html back and checks what can be checked without a browser: the
 * language and the direction it is written in, one {@code h1} and headings that never skip a level, a text
 * alternative on every image, references and notes that link both ways, labels that resolve, and (for the print
 * edition) that nothing is loaded from outside the file (images, fonts). Our editions are well-formed XML, so
 * the JDK's parser reads them.
 */
public final class HtmlInspector {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    /** The address in a CSS {@code url(…)}, quoted or not. */
    private static final Pattern STYLE_URL = Pattern.compile("url\\(\\s*[\"']?([^\"')]*)");

    private HtmlInspector() {}

    /** Inspects {@code markup}; {@code selfContained} adds the check that every image is embedded. */
    public static InspectedHtml inspect(String markup, boolean selfContained) {
        Document document = parse(markup);
        List<String> problems = new ArrayList<>();
        Map<String, Element> byId = new HashMap<>();
        List<Element> all = elements(document, "*");
        for (Element element : all) {
            String id = element.getAttribute("id");
            if (!id.isEmpty() && byId.put(id, element) != null) {
                problems.add("the id '" + id + "' is used twice");
            }
        }
        String language = document.getDocumentElement().getAttribute("lang");
        if (language.isBlank()) {
            problems.add("the document has no lang attribute");
        } else {
            direction(language, document.getDocumentElement().getAttribute("dir"), problems);
        }
        if (selfContained) {
            for (Element style : elements(document, "style")) {
                Matcher url = STYLE_URL.matcher(style.getTextContent());
                while (url.find()) {
                    if (!url.group(1).startsWith("data:")) {
                        problems.add("the style sheet loads " + url.group(1)
                                + " from outside the file, so the edition is not self-contained");
                    }
                }
            }
        }
        List<InspectedHtml.Heading> headings = headings(all, problems);
        List<InspectedHtml.Image> images = new ArrayList<>();
        for (Element image : elements(document, "img")) {
            String source = image.getAttribute("src");
            boolean embedded = source.startsWith("data:");
            if (!image.hasAttribute("alt")) {
                problems.add("the image " + abbreviate(source) + " has no alt attribute");
            }
            if (selfContained && !embedded) {
                problems.add("the image " + source + " is not embedded, so the edition is not self-contained");
            }
            images.add(new InspectedHtml.Image(
                    embedded ? abbreviate(source) : source, embedded, image.getAttribute("alt")));
        }
        List<InspectedHtml.Link> links = links(document, byId, problems);
        for (Element labelled : all) {
            String label = labelled.getAttribute("aria-labelledby");
            if (!label.isEmpty()
                    && (!byId.containsKey(label)
                            || byId.get(label).getTextContent().isBlank())) {
                problems.add("aria-labelledby on #" + labelled.getAttribute("id") + " names no text: " + label);
            }
        }
        String title = elements(document, "title").stream()
                .findFirst()
                .map(Element::getTextContent)
                .orElse("");
        if (title.isBlank()) {
            problems.add("the document has no title");
        }
        return new InspectedHtml(language, title, headings, images, links, problems);
    }

    /** The root's {@code dir} must agree with its language; without it the text is left to right. */
    private static void direction(String language, String dir, List<String> problems) {
        TextDirection expected = TextDirection.of(language);
        if (expected.isRightToLeft() ? !dir.equals("rtl") : dir.equals("rtl")) {
            problems.add("the document's language " + language + " is written "
                    + (expected.isRightToLeft() ? "right to left" : "left to right") + " but its dir is '" + dir
                    + "'; set dir=\"" + expected.attribute() + "\"");
        }
    }

    private static List<InspectedHtml.Heading> headings(List<Element> all, List<String> problems) {
        List<InspectedHtml.Heading> headings = new ArrayList<>();
        int previous = 0;
        int topLevel = 0;
        for (Element element : all) {
            String name = element.getLocalName();
            if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6') {
                int level = name.charAt(1) - '0';
                String text = element.getTextContent().strip();
                if (level > previous + 1) {
                    problems.add("heading '" + text + "' is level " + level + " after level " + previous);
                }
                if (text.isEmpty()) {
                    problems.add("an empty h" + level);
                }
                topLevel += level == 1 ? 1 : 0;
                headings.add(new InspectedHtml.Heading(level, element.getAttribute("id"), text));
                previous = level;
            }
        }
        if (topLevel != 1) {
            problems.add("the document has " + topLevel + " h1 headings instead of one");
        }
        return headings;
    }

    private static List<InspectedHtml.Link> links(Document document, Map<String, Element> byId, List<String> problems) {
        List<InspectedHtml.Link> links = new ArrayList<>();
        Set<String> backLinked = new HashSet<>();
        List<String> references = new ArrayList<>();
        for (Element link : elements(document, "a")) {
            String href = link.getAttribute("href");
            String role = link.getAttribute("role");
            links.add(new InspectedHtml.Link(href, role, link.getTextContent().strip()));
            if (href.startsWith("#") && !byId.containsKey(href.substring(1))) {
                problems.add("the link to " + href + " leads nowhere");
            }
            if (role.equals("doc-noteref")) {
                references.add(link.getAttribute("id"));
            } else if (role.equals("doc-backlink")) {
                backLinked.add(href.substring(1));
            }
        }
        for (String reference : references) {
            if (!backLinked.contains(reference)) {
                problems.add("no note links back to the reference #" + reference);
            }
        }
        return links;
    }

    private static List<Element> elements(Document document, String localName) {
        NodeList nodes = document.getElementsByTagNameNS(XHTML, localName);
        List<Element> elements = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static String abbreviate(String source) {
        return source.length() > 40 ? source.substring(0, 40) + "…" : source;
    }

    private static Document parse(String markup) {
        try {
            return XmlReader.parse(markup);
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException(
                    "not an HTML edition written by brief-html (not well-formed): " + e.getMessage(), e);
        }
    }
}
