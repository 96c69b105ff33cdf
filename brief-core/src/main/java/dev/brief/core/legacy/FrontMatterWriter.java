package dev.brief.core.legacy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the YAML front matter of the converted brief. Every value is a double-quoted scalar with YAML's
 * escapes, so text from the extraction ({@code :}, {@code #}, quotes, a leading {@code -} or {@code @}) can
 * never change the structure or the type of a value.
 */
final class FrontMatterWriter {
    private final StringBuilder out = new StringBuilder();

    static String write(Masthead masthead, Colophon colophon, String language) {
        return write(masthead, colophon, language, Optional.empty());
    }

    static String write(Masthead masthead, Colophon colophon, String language, Optional<java.time.LocalDate> date) {
        FrontMatterWriter writer = new FrontMatterWriter();
        writer.out.append("---\n");
        writer.masthead(masthead, language);
        date.ifPresent(day -> writer.scalar("", "date", day.toString()));
        writer.identifiers(colophon);
        colophon.rights().ifPresent(rights -> writer.scalar("", "rights", rights));
        writer.publisher(colophon);
        writer.out.append("---\n");
        return writer.out.toString();
    }

    private void masthead(Masthead masthead, String language) {
        scalar("", "title", masthead.title());
        masthead.subtitle().ifPresent(subtitle -> scalar("", "subtitle", subtitle));
        masthead.series().ifPresent(series -> scalar("", "series", series));
        masthead.number().ifPresent(number -> scalar("", "number", number));
        scalar("", "language", language);
        if (masthead.authors().isEmpty()) {
            return;
        }
        out.append("authors:\n");
        for (LegacyAuthor author : masthead.authors()) {
            scalar("  - ", "name", author.name());
            author.email().ifPresent(email -> scalar("    ", "email", email));
            author.affiliation().ifPresent(affiliation -> scalar("    ", "affiliation", affiliation));
            author.bio().ifPresent(bio -> scalar("    ", "bio", bio));
        }
    }

    private void identifiers(Colophon colophon) {
        if (colophon.isbns().isEmpty()) {
            return;
        }
        out.append("identifiers:\n  isbn:\n");
        for (Map.Entry<String, String> isbn : colophon.isbns().entrySet()) {
            scalar("    ", isbn.getKey(), isbn.getValue());
        }
    }

    private void publisher(Colophon colophon) {
        if (!colophon.hasPublisher()) {
            return;
        }
        out.append("publisher:\n");
        colophon.name().ifPresent(name -> scalar("  ", "name", name));
        list("  ", "address", colophon.address());
        optional("  ", "url", colophon.url());
        optional("  ", "mission", colophon.mission());
        optional("  ", "disclaimer", colophon.disclaimer());
        optional("  ", "media-contact", colophon.mediaContact());
    }

    private void optional(String indent, String key, Optional<String> value) {
        value.ifPresent(text -> scalar(indent, key, text));
    }

    private void list(String indent, String key, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        out.append(indent).append(key).append(":\n");
        for (String value : values) {
            out.append(indent).append("  - ").append(quoted(value)).append('\n');
        }
    }

    private void scalar(String indent, String key, String value) {
        out.append(indent).append(key).append(": ").append(quoted(value)).append('\n');
    }

    /** A YAML double-quoted scalar (YAML 1.2, 7.3.1): backslash, quote and non-printable characters escaped. */
    static String quoted(String value) {
        StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
        value.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                quoted.append('\\').appendCodePoint(c);
            } else if (c == '\n') {
                quoted.append("\\n");
            } else if (c == '\t') {
                quoted.append("\\t");
            } else if (c < 0x20
                    || c == 0x7F
                    || (c >= 0x80 && c <= 0x9F)
                    || c == 0x2028
                    || c == 0x2029
                    || c == 0xFEFF
                    || (c >= 0xD800 && c <= 0xDFFF)
                    || c == 0xFFFE
                    || c == 0xFFFF) {
                quoted.append(String.format("\\u%04X", c));
            } else {
                quoted.appendCodePoint(c);
            }
        });
        return quoted.append('"').toString();
    }
}
