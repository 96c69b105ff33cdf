package dev.brief.maven.check;

import java.util.Objects;

/**
 * One thing a check found wrong, in plain words: {@code where} names the place (a source position, a page
 * and rule, a file in the EPUB), {@code message} says what is wrong and, where it can, how to fix it.
 */
public record Finding(String where, String message) {
    public Finding {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return where.isEmpty() ? message : where + ": " + message;
    }
}
