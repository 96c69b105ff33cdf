package dev.brief.core.legacy;

import java.util.Optional;

/** An author found in the masthead or the back matter of a legacy brief. */
record LegacyAuthor(String name, Optional<String> email, Optional<String> affiliation, Optional<String> bio) {
    LegacyAuthor(String name, Optional<String> email, Optional<String> affiliation) {
        this(name, email, affiliation, Optional.empty());
    }

    /** This author, with the details {@code other} gives that this one lacks. */
    LegacyAuthor completedBy(LegacyAuthor other) {
        return new LegacyAuthor(name, email.or(other::email), affiliation.or(other::affiliation), bio.or(other::bio));
    }
}
