package dev.brief.core.read;

import dev.brief.core.diagnostic.SourcePosition;
import dev.brief.core.house.PublisherFields;
import dev.brief.core.model.Metadata;
import java.util.List;
import java.util.Optional;

/**
 * What the front matter says: the metadata (and where its language is given), the summary points if given
 * there, the publisher fields that override the house's, and whether to set typographic quotation marks
 * (empty when the front matter leaves it to the house).
 */
record FrontMatter(
        Metadata metadata,
        SourcePosition languagePosition,
        Optional<List<Point>> summary,
        SourcePosition summaryPosition,
        Optional<PublisherFields> publisher,
        SourcePosition publisherPosition,
        Optional<Boolean> typographicQuotes) {

    /** A summary point given in the front matter, with its position. */
    record Point(String text, SourcePosition position) {}
}
