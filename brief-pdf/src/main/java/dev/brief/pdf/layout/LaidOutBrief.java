package dev.brief.pdf.layout;

import dev.brief.core.model.PageMap;
import java.util.List;
import java.util.Map;

/**
 * What the layout stage hands on: the pages with every mark placed and owned (painted next), where each anchor
 * landed and the headings in source order (for links and bookmarks), and the page map for the other editions.
 */
public record LaidOutBrief(
        List<LaidOutPage> pages, Map<String, Destination> anchors, List<Heading> headings, PageMap pageMap) {
    public LaidOutBrief {
        pages = List.copyOf(pages);
        anchors = Map.copyOf(anchors);
        headings = List.copyOf(headings);
    }
}
