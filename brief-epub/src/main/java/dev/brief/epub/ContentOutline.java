package dev.brief.epub;

import java.util.List;
import java.util.Optional;

/**
 * What the navigation document and the manifest need to know about the content document made by the HTML
 * writer: its headings (with the id a link should target), its page break markers in document order, the
 * endnotes section, the start of the body matter, and the images it references.
 */
record ContentOutline(
        List<Heading> headings,
        List<String> pageBreakIds,
        Optional<String> endnotesId,
        Optional<String> bodyMatterId,
        List<String> imageSources) {
    ContentOutline {
        headings = List.copyOf(headings);
        pageBreakIds = List.copyOf(pageBreakIds);
        imageSources = List.copyOf(imageSources);
    }

    /** A heading {@code h1}–{@code h6}; {@code targetId} is its own id or that of its section. */
    record Heading(int level, String text, String targetId) {}
}
