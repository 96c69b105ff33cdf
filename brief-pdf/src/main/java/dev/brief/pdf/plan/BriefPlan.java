package dev.brief.pdf.plan;

import java.util.List;
import java.util.Objects;

/**
 * What the plan stage hands the layout stage: the parts of the brief in reading order, and the running header's
 * strings (the brief's running title and the publisher's name, empty when there is none), which layout sets on
 * every page and checks against the fonts with the rest of the text.
 */
public record BriefPlan(List<Part> parts, String runningTitle, String publisherName) {
    public BriefPlan {
        parts = List.copyOf(parts);
        Objects.requireNonNull(runningTitle, "runningTitle");
        Objects.requireNonNull(publisherName, "publisherName");
    }
}
