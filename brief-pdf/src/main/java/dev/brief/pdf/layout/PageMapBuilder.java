package dev.brief.pdf.layout;

import dev.brief.core.model.PageMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The page map: for each page, the text that comes first in source order among what the page shows (a
 * continued paragraph at the offset where the page takes it up). Page one starts the document; a page that
 * the publisher colophon opens begins at {@link PageMap#COLOPHON}. Tables and the two reserved ids are
 * named at offset 0, text set under an id the map may not name (an attribution) at the position before it.
 */
final class PageMapBuilder {
    /** A place in the plain text of an element. */
    record Position(String elementId, int offset) {}

    private PageMapBuilder() {}

    static PageMap build(List<PageLayout> pages, Map<String, Integer> sourceOrder, Map<String, Position> after) {
        List<PageMap.PageStart> starts = new ArrayList<>();
        PageMap.PageStart previous = null;
        for (PageLayout page : pages) {
            String label = Integer.toString(page.number);
            Position first = page.number == 1 ? new Position(PageMap.DOCUMENT_START, 0) : first(page, sourceOrder);
            PageMap.PageStart start;
            if (first != null) {
                Position named = after.getOrDefault(first.elementId(), first);
                start = new PageMap.PageStart(
                        page.number, label, named.elementId(), atZero(named.elementId()) ? 0 : named.offset());
            } else if (previous == null) {
                start = new PageMap.PageStart(page.number, label, PageMap.DOCUMENT_START, 0);
            } else {
                // A page without text of its own (a figure without caption) continues where the last one began.
                start = new PageMap.PageStart(page.number, label, previous.elementId(), previous.charOffset());
            }
            starts.add(start);
            previous = start;
        }
        return new PageMap("PDF", starts);
    }

    /** The text of the page that comes first in source order, or null when the page shows no model text. */
    private static Position first(PageLayout page, Map<String, Integer> sourceOrder) {
        Position first = null;
        long best = Long.MAX_VALUE;
        // The words of a line share their element: look its order up once per run of them, not per word.
        String lastId = null;
        Integer lastOrder = null;
        for (PlacedRow placed : page.rows) {
            for (Mark mark : placed.row().marks) {
                if (!(mark instanceof Mark.Text)) {
                    continue;
                }
                Mark.Text text = (Mark.Text) mark;
                if (text.run() == null || text.run().elementId() == null) {
                    continue;
                }
                String elementId = text.run().elementId();
                if (!elementId.equals(lastId)) {
                    lastId = elementId;
                    lastOrder = sourceOrder.get(elementId);
                }
                Integer order = lastOrder;
                if (order == null) {
                    continue;
                }
                int offset = atZero(text.run().elementId()) ? 0 : wordStart(text);
                long key = (long) order * Integer.MAX_VALUE + offset;
                if (key < best) {
                    best = key;
                    first = new Position(text.run().elementId(), offset);
                }
            }
        }
        return first;
    }

    /**
     * Where the word at the item's offset begins: a page that takes a paragraph up inside a word (one
     * hyphenated across the page break) starts at that word, so that the other editions mark the page
     * between words.
     */
    private static int wordStart(Mark.Text text) {
        String runText = text.run().text();
        int index = text.offset() - text.run().offset();
        if (index <= 0 || index >= runText.length() || !Character.isLetterOrDigit(runText.charAt(index))) {
            return text.offset();
        }
        int start = index;
        while (start > 0 && Character.isLetterOrDigit(runText.charAt(start - 1))) {
            start--;
        }
        return text.offset() - (index - start);
    }

    private static boolean atZero(String elementId) {
        return elementId.startsWith("table-")
                || elementId.equals(PageMap.DOCUMENT_START)
                || elementId.equals(PageMap.COLOPHON);
    }
}
