package dev.brief.core.model;

import java.util.Objects;
import java.util.regex.Pattern;

/** Checks shared by the model's constructors. Ids are XML NCNames so they can be used as HTML, EPUB and PDF ids. */
final class Ids {
    private static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

    private Ids() {}

    static String requireId(String id) {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not a valid element id: '" + id + "'");
        }
        return id;
    }

    static String requireText(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }
}
