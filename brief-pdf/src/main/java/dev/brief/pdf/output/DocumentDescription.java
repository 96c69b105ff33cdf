package dev.brief.pdf.output;

import dev.brief.core.model.Brief;
import dev.brief.core.model.PlainText;
import dev.brief.core.model.Summary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the document-level metadata says about a brief: title, creators, language, a description (the
 * summary), keywords and the build timestamp.
 */
record DocumentDescription(
        String title,
        List<String> creators,
        String language,
        String description,
        List<String> keywords,
        Instant timestamp) {
    static final String PRODUCER = "Brief";

    public DocumentDescription {
        Objects.requireNonNull(title, "title");
        creators = List.copyOf(creators);
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(description, "description");
        keywords = List.copyOf(keywords);
        Objects.requireNonNull(timestamp, "timestamp");
    }

    /** What the metadata says about {@code brief}, built at {@code timestamp}. */
    static DocumentDescription of(Brief brief, Instant timestamp) {
        List<String> creators = new ArrayList<>();
        brief.metadata().authors().forEach(author -> creators.add(author.name()));
        StringBuilder summary = new StringBuilder();
        if (brief.summary().isPresent()) {
            for (Summary.SummaryPoint point : brief.summary().get().points()) {
                if (summary.length() > 0) {
                    summary.append(' ');
                }
                summary.append(PlainText.of(point.inlines(), brief));
            }
        }
        String title = brief.metadata()
                .subtitle()
                .map(subtitle -> brief.metadata().title() + ": " + subtitle)
                .orElse(brief.metadata().title());
        return new DocumentDescription(
                brief.metadata().title(),
                creators,
                brief.metadata().language(),
                summary.length() > 0 ? summary.toString() : title,
                brief.metadata().keywords(),
                timestamp);
    }
}
