package dev.brief.html;

import dev.brief.core.model.PageMap;
import dev.brief.core.model.PageMap.PageStart;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Places the page-break markers of the paginated edition (DPUB-ARIA {@code doc-pagebreak}, EPUB
 * {@code pagebreak}) at the element and character offset the page map names, so that "page 7" in the EPUB
 * page list, in the HTML and in the PDF is the same place in the text. Every page of the map must be placed;
 * a page the brief has no element for is a bug between writers and fails loudly.
 */
final class PageMarkers {
    /** Markers not yet written, by element id, each list in offset order. */
    private final Map<String, List<PageStart>> pending = new LinkedHashMap<>();

    private final Flavor flavor;

    PageMarkers(Optional<PageMap> pageMap, Flavor flavor) {
        this.flavor = flavor;
        pageMap.ifPresent(map -> map.pages().stream()
                .sorted(Comparator.comparingInt(PageStart::charOffset))
                .forEach(page -> pending.computeIfAbsent(page.elementId(), id -> new ArrayList<>())
                        .add(page)));
    }

    /** Writes every marker of {@code elementId} here, whatever its offset: the element starts the page. */
    void writeLeading(String elementId, MarkupWriter writer) {
        List<PageStart> pages = pending.remove(elementId);
        if (pages != null) {
            pages.forEach(page -> write(page, writer));
        }
    }

    /** Writes the markers of {@code elementId} at offset 0 here, leaving the others for a cursor. */
    void writeAtStart(String elementId, MarkupWriter writer) {
        List<PageStart> pages = pending.get(elementId);
        while (pages != null && !pages.isEmpty() && pages.get(0).charOffset() == 0) {
            write(pages.remove(0), writer);
        }
    }

    /** A cursor over the plain text of {@code elementId}'s inlines; markers go in as the text is written. */
    Cursor cursor(String elementId) {
        List<PageStart> pages = pending.remove(elementId);
        return new Cursor(pages == null ? List.of() : pages);
    }

    /** A cursor for inline text that no page can begin in (table cells, attributions). */
    Cursor none() {
        return new Cursor(List.of());
    }

    /** Fails when the page map names an element the brief did not write. */
    void requireAllPlaced() {
        if (!pending.isEmpty()) {
            throw new IllegalStateException(
                    "the page map names elements this brief does not have: " + pending.keySet());
        }
    }

    /**
     * An empty separator named by the printed page label alone: assistive technologies already say "page"
     * for the role. The name is a {@code title}, not {@code aria-label}: both name a separator, but axe-core
     * ignores DPUB-ARIA roles when it checks for prohibited attributes and would report the label.
     */
    private void write(PageStart page, MarkupWriter writer) {
        writer.element(
                "span",
                "id",
                id(page),
                "role",
                "doc-pagebreak",
                "epub:type",
                flavor.epubType("pagebreak"),
                "title",
                page.label(),
                "class",
                "page-marker");
    }

    /** The id of the marker where {@code page} begins. */
    static String id(PageStart page) {
        return "page-" + page.number();
    }

    /** Tracks the character offset into an element's plain text while its inlines are written. */
    final class Cursor {
        private final List<PageStart> pages;
        private int next;
        private int offset;

        private Cursor(List<PageStart> pages) {
            this.pages = pages;
        }

        /** Writes {@code text}, splitting it where a page begins (never inside a surrogate pair). */
        void text(String text, MarkupWriter writer) {
            int written = 0;
            while (next < pages.size() && pages.get(next).charOffset() < offset + text.length()) {
                int split = Math.max(written, pages.get(next).charOffset() - offset);
                if (split > 0 && split < text.length() && Character.isLowSurrogate(text.charAt(split))) {
                    split++;
                }
                writer.text(text.substring(written, split));
                write(pages.get(next++), writer);
                written = split;
            }
            writer.text(text.substring(written));
            offset += text.length();
        }

        /**
         * Accounts for something read as {@code length} characters that cannot be split (a note number, a
         * line break): a page starting inside it is marked just before it.
         */
        void atom(int length, MarkupWriter writer) {
            while (next < pages.size() && pages.get(next).charOffset() < offset + length) {
                write(pages.get(next++), writer);
            }
            offset += length;
        }

        /** Writes the markers at or past the end of the text. */
        void finish(MarkupWriter writer) {
            while (next < pages.size()) {
                write(pages.get(next++), writer);
            }
        }
    }
}
