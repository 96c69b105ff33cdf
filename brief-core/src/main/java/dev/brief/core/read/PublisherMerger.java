package dev.brief.core.read;

import dev.brief.core.diagnostic.Diagnostics;
import dev.brief.core.house.House;
import dev.brief.core.house.PublisherFields;
import dev.brief.core.model.Publisher;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Lays a brief's {@code publisher:} fields over the house publisher, field by field, and makes the logo
 * path relative to the brief's folder (the writers' base directory), so that equal sources in different
 * places give equal briefs.
 */
final class PublisherMerger {
    private final Path folder;

    PublisherMerger(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    Optional<Publisher> merge(House house, FrontMatter frontMatter, Diagnostics diagnostics) {
        PublisherFields base = house.publisher().map(PublisherFields::of).orElse(PublisherFields.none());
        PublisherFields merged =
                frontMatter.publisher().map(own -> own.over(base)).orElse(base);
        if (frontMatter.publisher().isPresent() && merged.name().isEmpty()) {
            diagnostics.error(
                    frontMatter.publisherPosition(),
                    "the publisher has no name",
                    "add `name: …` under `publisher:`, or give the publisher in the house file");
        }
        return merged.toPublisher(this::relative);
    }

    private String relative(String source) {
        Path path = Path.of(source);
        if (!path.isAbsolute()) {
            return source;
        }
        return folder.relativize(path.normalize()).toString().replace('\\', '/');
    }
}
