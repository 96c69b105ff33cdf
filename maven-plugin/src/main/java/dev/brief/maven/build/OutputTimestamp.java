package dev.brief.maven.build;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The time written into outputs, taken from {@code project.build.outputTimestamp} as Maven's reproducible
 * builds define it: an ISO-8601 date-time with offset, or seconds since the epoch. Without one (no project,
 * or the property unset) outputs carry {@link #FALLBACK}, so that the same source still gives the same bytes.
 */
public final class OutputTimestamp {
    /** 1980-01-01T00:00:02Z: the earliest time a zip entry can hold, and obviously not a real date. */
    public static final Instant FALLBACK = Instant.parse("1980-01-01T00:00:02Z");

    private OutputTimestamp() {}

    public static Instant parse(String value) {
        if (value == null || value.isBlank() || value.trim().length() < 2) {
            // Maven's own convention: a single character (often "0" or "a") disables the timestamp.
            return FALLBACK;
        }
        String trimmed = value.trim();
        if (trimmed.chars().allMatch(Character::isDigit)) {
            return Instant.ofEpochSecond(Long.parseLong(trimmed));
        }
        try {
            return OffsetDateTime.parse(trimmed).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "project.build.outputTimestamp '" + trimmed + "' is neither an ISO-8601 date-time with offset"
                            + " (2026-01-01T00:00:00Z) nor seconds since 1970",
                    e);
        }
    }
}
