package dev.brief.html;

import java.util.List;
import java.util.Optional;

/**
 * What another format needs to point into the XHTML document the writer makes of a brief, taken from the model
 * and the writer's own naming rather than read back from the markup: the headings in document order (with the
 * id a link should target), the page break markers in document order, the endnotes section, the start of the
 * body matter, and the images the document shows.
 *
 * @param headings every {@code h1}–{@code h6} of the document, in document order
 * @param pageBreakIds the ids of the page break markers, one per page of the page map, in page order
 * @param endnotesId the id of the endnotes section, when the brief has notes
 * @param bodyMatterId the id of the element where the body matter starts
 * @param imageSources the brief's paths of the images the document shows, in document order, each once
 */
public record DocumentOutline(
        List<Heading> headings,
        List<String> pageBreakIds,
        Optional<String> endnotesId,
        String bodyMatterId,
        List<String> imageSources) {
    public DocumentOutline {
        headings = List.copyOf(headings);
        pageBreakIds = List.copyOf(pageBreakIds);
        imageSources = List.copyOf(imageSources);
    }

    /**
     * A heading: its level (1 for the title), its text as a reader sees it (without note numbers), and the id
     * of the heading element.
     */
    public record Heading(int level, String text, String targetId) {}
}
