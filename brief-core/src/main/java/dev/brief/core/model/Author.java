package dev.brief.core.model;

import java.util.Objects;
import java.util.Optional;

/** An author; {@code bio} is the short biography printed with the brief. */
public record Author(String name, Optional<String> email, Optional<String> affiliation, Optional<String> bio) {
    public Author {
        Ids.requireText(name, "author name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(affiliation, "affiliation");
        Objects.requireNonNull(bio, "bio");
    }

    public static Author named(String name) {
        return new Author(name, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
