package dev.brief.epub;

import dev.brief.core.model.Author;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Edition;
import dev.brief.core.model.Metadata;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The publication's unique identifier: the EPUB edition's ISBN as a {@code urn:isbn:} when the brief has one,
 * otherwise a name-based {@code urn:uuid:} derived from what identifies the work (title, subtitle, series,
 * number, date, language, authors, DOI, URL). Deriving it from those rather than from the whole text keeps
 * the identifier stable when a typo is corrected, as EPUB 3.3 §5.5.3.1 asks of a unique identifier;
 * {@code dcterms:modified} tells the revisions apart.
 */
final class PublicationIdentifier {
    private PublicationIdentifier() {}

    static String of(Brief brief) {
        Metadata metadata = brief.metadata();
        return metadata.identifiers()
                .isbn(Edition.EPUB)
                .map(isbn -> "urn:isbn:" + isbn.digits())
                .orElseGet(() ->
                        "urn:uuid:" + UUID.nameUUIDFromBytes(workKey(metadata).getBytes(StandardCharsets.UTF_8)));
    }

    private static String workKey(Metadata metadata) {
        StringBuilder key = new StringBuilder("brief\n");
        key.append(metadata.title()).append('\n');
        key.append(metadata.subtitle().orElse("")).append('\n');
        key.append(metadata.series().orElse("")).append('\n');
        key.append(metadata.number().orElse("")).append('\n');
        key.append(metadata.date().map(Object::toString).orElse("")).append('\n');
        key.append(metadata.language()).append('\n');
        for (Author author : metadata.authors()) {
            key.append(author.name()).append('\n');
        }
        key.append(metadata.identifiers().doi().orElse("")).append('\n');
        key.append(metadata.identifiers().url().orElse("")).append('\n');
        return key.toString();
    }
}
