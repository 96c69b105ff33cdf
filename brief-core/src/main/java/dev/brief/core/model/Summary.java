package dev.brief.core.model;

import java.util.List;

/** The brief's key points, shown first ("Summary", "Key findings"). */
public record Summary(String id, List<Inline> title, List<SummaryPoint> points) {
    public Summary {
        Ids.requireId(id);
        title = List.copyOf(title);
        points = List.copyOf(points);
    }

    public record SummaryPoint(String id, List<Inline> inlines) {
        public SummaryPoint {
            Ids.requireId(id);
            inlines = List.copyOf(inlines);
        }
    }
}
