package dev.brief.core.legacy;

import java.util.List;
import java.util.Optional;

/**
 * What the top of a legacy brief says about it: title, subtitle, series line, authors. {@code keptLines} are
 * masthead lines the importer could not place; they stay in the body as the first paragraph, so no text is
 * lost.
 */
record Masthead(
        String title,
        Optional<String> subtitle,
        Optional<String> series,
        Optional<String> number,
        List<LegacyAuthor> authors,
        List<LegacyBlock> keptLines) {
    Masthead {
        authors = List.copyOf(authors);
        keptLines = List.copyOf(keptLines);
    }
}
