package dev.brief.pdf.inspect;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Reads a tagged PDF back for tests and reviewers: the structure tree with the text of its marked content,
 * the tag tree as a text outline, the text in structure order, and any painting outside marked content.
 */
public final class PdfInspection {
    private static final Set<String> INLINE = Set.of("Link", "Span", "Reference", "Quote", "Code", "Em", "Strong");
    private final List<TagNode.Element> roots;
    private final List<String> unmarked;

    private PdfInspection(List<TagNode.Element> roots, List<String> unmarked) {
        this.roots = List.copyOf(roots);
        this.unmarked = List.copyOf(unmarked);
    }

    public static PdfInspection of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PdfInspection(new StructureReader(document).roots(), UnmarkedPaintFinder.find(document));
        }
    }

    /** The top-level structure elements (normally one Document). */
    public List<TagNode.Element> roots() {
        return roots;
    }

    /** Every element, depth first. */
    public List<TagNode.Element> elements() {
        List<TagNode.Element> all = new ArrayList<>();
        for (TagNode.Element root : roots) {
            all.addAll(root.descendants());
        }
        return all;
    }

    /** Painting operators outside any marked-content sequence, as "page N: operator"; empty when all is marked. */
    public List<String> unmarkedPainting() {
        return unmarked;
    }

    /**
     * The text in structure order, one line per block-level element that holds text directly; inline
     * elements (Link, Span, Reference) are read inside their block, and /ActualText replaces what it covers.
     */
    public List<String> readingText() {
        List<String> blocks = new ArrayList<>();
        for (TagNode.Element root : roots) {
            read(root, blocks);
        }
        return blocks;
    }

    private static void read(TagNode.Element element, List<String> blocks) {
        StringBuilder own = new StringBuilder();
        for (TagNode kid : element.kids()) {
            if (kid instanceof TagNode.Element) {
                TagNode.Element child = (TagNode.Element) kid;
                if (INLINE.contains(child.standardType())) {
                    own.append(inlineText(child));
                } else {
                    flush(own, blocks);
                    read(child, blocks);
                }
            } else if (kid instanceof TagNode.Content) {
                own.append(((TagNode.Content) kid).text());
            }
        }
        flush(own, blocks);
    }

    private static String inlineText(TagNode.Element element) {
        String actual = element.attributes().get("ActualText");
        if (actual != null) {
            return actual;
        }
        StringBuilder text = new StringBuilder();
        for (TagNode kid : element.kids()) {
            if (kid instanceof TagNode.Element) {
                text.append(inlineText((TagNode.Element) kid));
            } else if (kid instanceof TagNode.Content) {
                text.append(((TagNode.Content) kid).text());
            }
        }
        return text.toString();
    }

    private static void flush(StringBuilder text, List<String> blocks) {
        String block = text.toString().strip();
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        text.setLength(0);
    }

    /**
     * The tag tree as an indented outline: type (and the standard type of a custom one), attributes, and the
     * element's own text, shortened; annotations with their target. Stable for golden files.
     */
    public String outline() {
        StringBuilder out = new StringBuilder();
        for (TagNode.Element root : roots) {
            outline(root, 0, out);
        }
        return out.toString();
    }

    private static void outline(TagNode.Element element, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(element.type());
        if (!element.type().equals(element.standardType())) {
            out.append(" -> ").append(element.standardType());
        }
        for (Map.Entry<String, String> attribute : element.attributes().entrySet()) {
            out.append(' ').append(attribute.getKey()).append('=').append(quote(attribute.getValue(), 50));
        }
        StringBuilder own = new StringBuilder();
        for (TagNode kid : element.kids()) {
            if (kid instanceof TagNode.Content) {
                own.append(((TagNode.Content) kid).text());
            }
        }
        if (own.length() > 0) {
            out.append(' ').append(quote(own.toString().strip(), 60));
        }
        out.append('\n');
        for (TagNode kid : element.kids()) {
            if (kid instanceof TagNode.Element) {
                outline((TagNode.Element) kid, depth + 1, out);
            } else if (kid instanceof TagNode.Annotation) {
                TagNode.Annotation annotation = (TagNode.Annotation) kid;
                out.append("  ".repeat(depth + 1))
                        .append("OBJR ")
                        .append(annotation.subtype())
                        .append(" Contents=")
                        .append(quote(annotation.contents(), 50))
                        .append(" -> ")
                        .append(annotation.target())
                        .append('\n');
            }
        }
    }

    private static String quote(String text, int limit) {
        String shown = text.length() > limit ? text.substring(0, limit - 1) + "…" : text;
        return "\"" + shown.replace("\n", " ") + "\"";
    }
}
