package dev.brief.pdf.layout;

import dev.brief.core.model.PageMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The page map: for each page, the text that comes first in source order among what the page shows (a
 * continued paragraph at the offset where the page takes it up). Page one starts the document.
 */
final class PageMapBuilder {
    private PageMapBuilder() {}

    static PageMap build(List<PageLayout> pages, Map<String, Integer> sourceOrder) {
        List<PageMap.PageStart> starts = new ArrayList<>();
        PageMap.PageStart previous = null;
        for (PageLayout page : pages) {
            PageMap.PageStart start = null;
            long best = Long.MAX_VALUE;
            if (page.number == 1) {
                start = new PageMap.PageStart(1, "1", PageMap.DOCUMENT_START, 0);
            } else {
                for (PlacedRow placed : page.rows) {
                    for (Item item : placed.row().items) {
                        if (!(item instanceof Item.Text)) {
                            continue;
                        }
                        Item.Text text = (Item.Text) item;
                        if (text.run() == null || text.run().elementId() == null) {
                            continue;
                        }
                        Integer order = sourceOrder.get(text.run().elementId());
                        if (order == null) {
                            continue;
                        }
                        int offset = text.run().elementId().startsWith("table-") ? 0 : text.offset();
                        long key = (long) order * Integer.MAX_VALUE + offset;
                        if (key < best) {
                            best = key;
                            start = new PageMap.PageStart(page.number, Integer.toString(page.number),
                                    text.run().elementId(), offset);
                        }
                    }
                }
            }
            if (start == null) {
                start = previous == null
                        ? new PageMap.PageStart(page.number, Integer.toString(page.number), PageMap.DOCUMENT_START, 0)
                        : new PageMap.PageStart(page.number, Integer.toString(page.number), previous.elementId(),
                                previous.charOffset());
            }
            starts.add(start);
            previous = start;
        }
        return new PageMap("PDF", starts);
    }
}
