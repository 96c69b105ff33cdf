package dev.brief.core.model;

import java.util.List;

/**
 * Where each page of the paginated (PDF) edition begins, in terms of the model: the id of the element whose
 * text starts the page and the character offset into that element's plain text (see {@link PlainText}).
 * The EPUB page list and the HTML page markers are built from it.
 */
public record PageMap(String editionLabel, List<PageStart> pages) {
    /**
     * The element id that stands for the very start of the brief (its title and masthead); no model element
     * may use it. Page 1 always begins here.
     */
    public static final String DOCUMENT_START = "brief-start";

    /**
     * The element id that stands for the publisher colophon closing the brief (authors' biographies,
     * publisher, rights, identifiers), which has no model element; no model element may use it. A page whose
     * first content is the colophon begins here, at offset 0.
     */
    public static final String COLOPHON = "brief-colophon";

    public PageMap {
        Ids.requireText(editionLabel, "edition label");
        pages = List.copyOf(pages);
        for (int i = 0; i < pages.size(); i++) {
            if (i > 0 && pages.get(i).number() <= pages.get(i - 1).number()) {
                throw new IllegalArgumentException("page numbers must increase");
            }
        }
    }

    /**
     * Page {@code label} (as printed, e.g. "3") begins at {@code charOffset} within the plain text of the
     * element {@code elementId} (a block, section heading, summary point or note id; or one of the reserved
     * ids {@link #DOCUMENT_START} and {@link #COLOPHON}, always at offset 0).
     */
    public record PageStart(int number, String label, String elementId, int charOffset) {
        public PageStart {
            if (number < 1) {
                throw new IllegalArgumentException("page number " + number);
            }
            Ids.requireText(label, "page label");
            Ids.requireId(elementId);
            if (charOffset < 0) {
                throw new IllegalArgumentException("negative character offset");
            }
        }
    }
}
