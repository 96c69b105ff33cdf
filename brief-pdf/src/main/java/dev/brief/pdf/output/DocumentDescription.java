package dev.brief.pdf.output;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the document-level metadata says about a brief: title, creators, language, a description (the
 * summary), keywords and the build timestamp.
 */
public record DocumentDescription(
        String title, List<String> creators, String language, String description, List<String> keywords,
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
}
