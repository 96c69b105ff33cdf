package dev.brief.epub;

/**
 * The one place that writes angle brackets for the documents this module makes itself (package document,
 * navigation document, cover page, container file). It escapes every text and attribute value, and indents
 * so the documents read well in golden files and in a reading system's "view source". (brief-html's
 * {@code MarkupWriter} writes the content document, streaming and unindented, with French spacing.)
 */
final class IndentedXmlWriter {
    private final StringBuilder out = new StringBuilder();
    private int depth;

    /** The XML declaration; EPUB requires UTF-8 or UTF-16, and we always write UTF-8. */
    IndentedXmlWriter declaration() {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        return this;
    }

    /** The HTML doctype that EPUB content documents carry. */
    IndentedXmlWriter htmlDoctype() {
        out.append("<!DOCTYPE html>\n");
        return this;
    }

    /**
     * Opens an element on its own line. {@code attributes} alternate names and values; a pair whose value is
     * {@code null} is left out, so optional attributes need no branching at the call site.
     */
    IndentedXmlWriter open(String name, String... attributes) {
        indent();
        startTag(name, attributes);
        out.append(">\n");
        depth++;
        return this;
    }

    IndentedXmlWriter close(String name) {
        depth--;
        indent();
        out.append("</").append(name).append(">\n");
        return this;
    }

    /** An element holding only text, on one line. */
    IndentedXmlWriter element(String name, String text, String... attributes) {
        indent();
        startTag(name, attributes);
        out.append('>');
        escape(text, false);
        out.append("</").append(name).append(">\n");
        return this;
    }

    /** An element with no content. */
    IndentedXmlWriter empty(String name, String... attributes) {
        indent();
        startTag(name, attributes);
        out.append("/>\n");
        return this;
    }

    @Override
    public String toString() {
        if (depth != 0) {
            throw new IllegalStateException("unbalanced markup: " + depth + " element(s) left open");
        }
        return out.toString();
    }

    private void startTag(String name, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs: " + name);
        }
        out.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"");
                escape(attributes[i + 1], true);
                out.append('"');
            }
        }
    }

    private void indent() {
        out.append("  ".repeat(depth));
    }

    private void escape(String text, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                default -> out.append(c);
            }
        }
    }
}
