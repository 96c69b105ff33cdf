package dev.brief.core.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The attributes between the braces of a bracketed span, pandoc's syntax: {@code {lang=fr}},
 * {@code {lang="fr"}}, {@code {.class #id key=value}}. Brief keeps only {@code lang}; the rest is listed so
 * that the reader can report it instead of dropping it silently.
 */
record SpanAttributes(String written, Optional<String> language, List<String> others) {
    SpanAttributes {
        others = List.copyOf(others);
    }

    /** The attributes in {@code written}, the text between the braces. */
    static SpanAttributes parse(String written) {
        Optional<String> language = Optional.empty();
        List<String> others = new ArrayList<>();
        for (String attribute : split(written)) {
            int equals = attribute.indexOf('=');
            if (equals > 0 && attribute.substring(0, equals).strip().equals("lang") && language.isEmpty()) {
                language = Optional.of(unquoted(attribute.substring(equals + 1).strip()));
            } else {
                others.add(attribute);
            }
        }
        return new SpanAttributes(written, language, others);
    }

    /** The attributes, split at white space outside quotes. */
    private static List<String> split(String written) {
        List<String> attributes = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (Character.isWhitespace(c)) {
                if (current.length() > 0) {
                    attributes.add(current.toString());
                    current.setLength(0);
                }
                continue;
            }
            current.append(c);
        }
        if (current.length() > 0) {
            attributes.add(current.toString());
        }
        return attributes;
    }

    private static String unquoted(String value) {
        boolean quoted = value.length() >= 2
                && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                && value.charAt(value.length() - 1) == value.charAt(0);
        return quoted ? value.substring(1, value.length() - 1).strip() : value;
    }
}
