package dev.brief.epub;

import dev.brief.core.xml.XmlReader;
import dev.brief.html.DocumentOutline;
import dev.brief.html.HtmlWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an XHTML content document back to find what navigation must point at, the way the EPUB writer once
 * built its navigation: the tests compare it with the outline the HTML writer takes from the model
 * ({@link HtmlWriter#outline}), so that an outline naming an id or a text the document lacks cannot pass.
 */
final class ContentOutliner {
    static final String XHTML = NavigationDocumentWriter.XHTML;
    static final String OPS = NavigationDocumentWriter.OPS;

    private final List<DocumentOutline.Heading> headings = new ArrayList<>();
    private final List<String> pageBreaks = new ArrayList<>();
    private final Set<String> images = new LinkedHashSet<>();
    private String endnotes;
    /** The first element typed {@code bodymatter}, and the {@code main} element: the start of the body. */
    private String typedBodyMatter;

    private String main;

    /** The ids of the open elements, innermost first ("" for an element without one). */
    private final Deque<String> openIds = new ArrayDeque<>();
    /** The heading being read, if any. */
    private OpenHeading heading;

    private ContentOutliner() {}

    static DocumentOutline outline(String xhtml) {
        ContentOutliner outliner = new ContentOutliner();
        try {
            XMLStreamReader reader = XmlReader.stream(xhtml);
            while (reader.hasNext()) {
                switch (reader.next()) {
                    case XMLStreamConstants.START_ELEMENT -> outliner.start(reader);
                    case XMLStreamConstants.END_ELEMENT -> outliner.end();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        outliner.text(reader.getText());
                    default -> {}
                }
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the content document is not well-formed XHTML: " + e.getMessage(), e);
        }
        return new DocumentOutline(
                outliner.headings,
                outliner.pageBreaks,
                Optional.ofNullable(outliner.endnotes),
                Optional.ofNullable(outliner.typedBodyMatter)
                        .or(() -> Optional.ofNullable(outliner.main))
                        .orElse(""),
                List.copyOf(outliner.images));
    }

    private void start(XMLStreamReader reader) {
        String parentId = openIds.isEmpty() ? "" : openIds.peek();
        String id = attribute(reader, null, "id");
        openIds.push(id);
        if (heading != null) {
            heading.depth++;
        }
        if (!XHTML.equals(reader.getNamespaceURI())) {
            return;
        }
        String name = reader.getLocalName();
        String types = attribute(reader, OPS, "type");
        String roles = attribute(reader, null, "role");
        boolean pageBreak = isA(types, roles, "pagebreak", "doc-pagebreak");
        if (heading != null && heading.skipFrom < 0 && (pageBreak || isA(types, roles, "noteref", "doc-noteref"))) {
            heading.skipFrom = heading.depth; // a note number or page marker is not part of the heading's text
        }
        if (heading == null && isHeading(name)) {
            heading = new OpenHeading(name.charAt(1) - '0', id.isEmpty() ? parentId : id);
        }
        if (pageBreak) {
            if (id.isEmpty()) {
                throw new IllegalStateException("a page break marker has no id, so the page list cannot link to it");
            }
            pageBreaks.add(id);
        }
        if (endnotes == null && isA(types, roles, "endnotes", "doc-endnotes") && !id.isEmpty()) {
            endnotes = id;
        }
        if (typedBodyMatter == null && isA(types, "", "bodymatter", null) && !id.isEmpty()) {
            typedBodyMatter = id;
        }
        if (main == null && name.equals("main") && !id.isEmpty()) {
            main = id;
        }
        if (name.equals("img")) {
            String source = attribute(reader, null, "src");
            if (!source.isEmpty() && !source.contains(":")) {
                images.add(source);
            }
        }
    }

    private void end() {
        openIds.pop();
        if (heading == null) {
            return;
        }
        if (heading.depth == heading.skipFrom) {
            heading.skipFrom = -1;
        }
        if (heading.depth-- == 0) {
            String text = heading.text.toString().replaceAll("\\s+", " ").strip();
            if (heading.targetId.isEmpty()) {
                throw new IllegalStateException("heading '" + text + "' has no id and its parent has none either");
            }
            headings.add(new DocumentOutline.Heading(heading.level, text, heading.targetId));
            heading = null;
        }
    }

    private void text(String characters) {
        if (heading != null && heading.skipFrom < 0) {
            heading.text.append(characters);
        }
    }

    private static boolean isHeading(String name) {
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
    }

    private static String attribute(XMLStreamReader reader, String namespace, String name) {
        String value = reader.getAttributeValue(namespace == null ? "" : namespace, name);
        if (value == null && namespace == null) {
            value = reader.getAttributeValue(null, name);
        }
        return value == null ? "" : value;
    }

    private static boolean isA(String types, String roles, String epubType, String role) {
        return containsToken(types, epubType) || role != null && containsToken(roles, role);
    }

    /** Whether the space-separated {@code list} holds {@code token}, without a regex: this runs per element. */
    private static boolean containsToken(String list, String token) {
        for (int at = list.indexOf(token); at >= 0; at = list.indexOf(token, at + 1)) {
            int end = at + token.length();
            if ((at == 0 || isSpace(list.charAt(at - 1))) && (end == list.length() || isSpace(list.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** ASCII whitespace, which separates the tokens of {@code epub:type} and {@code role}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    /** A heading being read: its level, where links to it go, its text so far, and which descendants to skip. */
    private static final class OpenHeading {
        final int level;
        final String targetId;
        final StringBuilder text = new StringBuilder();
        /** How many elements inside the heading are open. */
        int depth;
        /** The depth of the note reference or page marker being skipped, or -1. */
        int skipFrom = -1;

        OpenHeading(int level, String targetId) {
            this.level = level;
            this.targetId = targetId;
        }
    }
}
