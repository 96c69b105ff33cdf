package dev.brief.core.model;

import java.util.Objects;

/** An ISBN-13 (hyphens kept as the publisher wrote them) for one edition. The reader checks the check digit. */
public record Isbn(Edition edition, String value) {
    public Isbn {
        Objects.requireNonNull(edition, "edition");
        Ids.requireText(value, "isbn");
    }

    /** The 13 digits without hyphens or spaces. */
    public String digits() {
        return value.replaceAll("[^0-9Xx]", "");
    }
}
