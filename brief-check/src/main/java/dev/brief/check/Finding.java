package dev.brief.check;

import java.util.Objects;

/**
 * One thing a validator found wrong: the {@code rule} it broke in the validator's own terms
 * ("ISO 14289-1:2014 clause 7.1 test 3", "RSC-005"), the validator's {@code message}, and the {@code location}
 * in the file (a veraPDF object path, an EPUB entry with line and column), empty when the validator gave none.
 */
public record Finding(Severity severity, String rule, String message, String location) {
    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
    }

    @Override
    public String toString() {
        return rule + (location.isEmpty() ? "" : " at " + location) + ": " + message;
    }
}
