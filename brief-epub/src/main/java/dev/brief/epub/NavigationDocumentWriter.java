package dev.brief.epub;

import dev.brief.core.language.Label;
import dev.brief.core.language.Labels;
import dev.brief.core.language.TextDirection;
import dev.brief.core.model.PageMap;
import dev.brief.html.DocumentOutline;
import java.util.List;
import java.util.Optional;

/**
 * Writes the EPUB navigation document (EPUB 3.3 §7) from the outline the HTML writer takes from the model
 * ({@link dev.brief.html.HtmlWriter#outline}): the table of contents (every heading of the content document,
 * nested by level), the landmarks (cover, contents, body matter, endnotes) and, when the PDF
 * edition's page map is known, the page list whose entries link to the content document's page break markers.
 */
final class NavigationDocumentWriter {
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    static final String OPS = "http://www.idpf.org/2007/ops";

    private final DocumentOutline outline;
    private final String contentHref;
    private final Labels labels;
    private final IndentedXmlWriter writer = new IndentedXmlWriter();

    private NavigationDocumentWriter(DocumentOutline outline, String contentHref, Labels labels) {
        this.outline = outline;
        this.contentHref = contentHref;
        this.labels = labels;
    }

    static String write(
            String title,
            String language,
            Labels labels,
            DocumentOutline outline,
            String contentHref,
            String coverHref,
            Optional<PageMap> pageMap) {
        NavigationDocumentWriter navigation = new NavigationDocumentWriter(outline, contentHref, labels);
        IndentedXmlWriter writer = navigation.writer;
        writer.declaration().htmlDoctype();
        writer.open(
                "html",
                "xmlns",
                XHTML,
                "xmlns:epub",
                OPS,
                "lang",
                language,
                "xml:lang",
                language,
                "dir",
                TextDirection.of(language).attribute());
        writer.open("head");
        writer.empty("meta", "charset", "utf-8");
        writer.element("title", title + " – " + labels.text(Label.CONTENTS));
        writer.empty("link", "rel", "stylesheet", "type", "text/css", "href", BookAssembler.STYLE_HREF);
        writer.close("head");
        writer.open("body");
        navigation.tableOfContents();
        navigation.landmarks(coverHref);
        pageMap.filter(map -> !map.pages().isEmpty()).ifPresent(navigation::pageList);
        writer.close("body");
        writer.close("html");
        return writer.toString();
    }

    private void tableOfContents() {
        writer.open("nav", "epub:type", "toc", "role", "doc-toc", "id", "toc", "aria-labelledby", "toc-heading");
        writer.element("h1", labels.text(Label.CONTENTS), "id", "toc-heading");
        List<DocumentOutline.Heading> headings = outline.headings();
        if (headings.isEmpty()) {
            throw new IllegalStateException("the content document has no headings to list in the table of contents");
        }
        int next = entries(headings, 0, 1);
        if (next != headings.size()) {
            throw new IllegalStateException("heading " + headings.get(next) + " was left out of the contents");
        }
        writer.close("nav");
    }

    /**
     * Writes, from {@code start}, the entries deeper than {@code parentLevel} as one list; returns the index of
     * the first heading that is not. A heading that skips a level still nests under the heading before it.
     */
    private int entries(List<DocumentOutline.Heading> headings, int start, int parentLevel) {
        writer.open("ol");
        int index = start;
        while (index < headings.size() && level(headings.get(index)) > parentLevel) {
            DocumentOutline.Heading heading = headings.get(index++);
            writer.open("li");
            writer.element("a", heading.text(), "href", contentHref + "#" + heading.targetId());
            if (index < headings.size() && level(headings.get(index)) > level(heading)) {
                index = entries(headings, index, level(heading));
            }
            writer.close("li");
        }
        writer.close("ol");
        return index;
    }

    /** The title ({@code h1}) stands beside the top-level sections rather than above them all. */
    private static int level(DocumentOutline.Heading heading) {
        return Math.max(2, heading.level());
    }

    private void landmarks(String coverHref) {
        writer.open(
                "nav",
                "epub:type",
                "landmarks",
                "id",
                "landmarks",
                "aria-labelledby",
                "landmarks-heading",
                "hidden",
                "hidden");
        writer.element("h2", labels.text(Label.LANDMARKS), "id", "landmarks-heading");
        writer.open("ol");
        landmark("cover", coverHref, labels.text(Label.COVER));
        landmark("toc", BookAssembler.NAV_HREF + "#toc", labels.text(Label.CONTENTS));
        String bodyMatter = contentHref + "#" + outline.bodyMatterId();
        landmark("bodymatter", bodyMatter, labels.text(Label.START));
        outline.endnotesId().ifPresent(id -> landmark("endnotes", contentHref + "#" + id, endnotesLabel(id)));
        writer.close("ol");
        writer.close("nav");
    }

    private void landmark(String type, String href, String label) {
        writer.open("li");
        writer.element("a", label, "epub:type", type, "href", href);
        writer.close("li");
    }

    /** The endnotes section's own heading, so the landmark reads as the book does. */
    private String endnotesLabel(String endnotesId) {
        return outline.headings().stream()
                .filter(heading -> heading.targetId().equals(endnotesId))
                .map(DocumentOutline.Heading::text)
                .findFirst()
                .orElse(labels.text(Label.NOTES));
    }

    /**
     * One entry per page of the PDF edition, in order, linked to the marker the HTML writer placed where that
     * page begins. The markers and the page map must agree one to one; anything else is a bug between writers.
     */
    private void pageList(PageMap pageMap) {
        List<String> markers = outline.pageBreakIds();
        if (markers.size() != pageMap.pages().size()) {
            throw new IllegalStateException(
                    "the content document has " + markers.size() + " page break markers but the page map has "
                            + pageMap.pages().size() + " pages");
        }
        writer.open(
                "nav",
                "epub:type",
                "page-list",
                "role",
                "doc-pagelist",
                "id",
                "page-list",
                "aria-labelledby",
                "page-list-heading",
                "hidden",
                "hidden");
        writer.element("h2", labels.text(Label.PAGES), "id", "page-list-heading");
        writer.open("ol");
        for (int i = 0; i < markers.size(); i++) {
            writer.open("li");
            writer.element("a", pageMap.pages().get(i).label(), "href", contentHref + "#" + markers.get(i));
            writer.close("li");
        }
        writer.close("ol");
        writer.close("nav");
    }
}
