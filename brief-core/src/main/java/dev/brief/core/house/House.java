package dev.brief.core.house;

import dev.brief.core.model.Publisher;
import java.util.Objects;
import java.util.Optional;

/**
 * What a publisher states once for all its briefs: the publisher (colophon) and the house style. A brief's
 * own {@code publisher:} front matter overrides the publisher field by field. A logo path in a house read
 * from a file is absolute; the brief reader makes it relative to the brief's folder.
 */
public record House(Optional<Publisher> publisher, HouseStyle style) {
    public House {
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(style, "style");
    }

    /** No publisher, the toolkit's style. */
    public static House defaults() {
        return new House(Optional.empty(), HouseStyle.defaults());
    }
}
