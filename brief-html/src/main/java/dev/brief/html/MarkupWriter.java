package dev.brief.html;

import dev.brief.core.language.FrenchPunctuation;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * The only class that writes angle brackets and the only one that escapes. Everything the brief's source
 * supplies (text, URLs, alt text, ids) reaches the output through {@link #text}, {@link #attribute} values or
 * {@link #cssString}, so no source text can open an element, close an attribute or end a style sheet.
 *
 * <p>The output is XHTML that an HTML parser reads the same way: void elements are written {@code <br/>},
 * every other element gets an explicit end tag (an HTML parser would read {@code <span/>} as an open span).
 */
final class MarkupWriter {
    private static final Set<String> VOID_ELEMENTS = Set.of("br", "img", "meta", "link", "hr");
    private static final char REPLACEMENT = '\uFFFD';
    /** Elements inside running text: French spacing looks at the text on both sides of their tags. */
    private static final Set<String> PHRASING = Set.of(
            "a", "abbr", "b", "bdi", "bdo", "cite", "code", "em", "i", "kbd", "mark", "q", "s", "samp", "small", "span",
            "strong", "sub", "sup", "time", "u");

    private final StringBuilder out = new StringBuilder();
    private final Deque<String> open = new ArrayDeque<>();
    private boolean tagPending;
    private FrenchPunctuation french = FrenchPunctuation.NONE;
    /** The last character of running text written, for French spacing; 0 at the start of a block. */
    private char previous;

    /**
     * Writes text with the narrow no-break spaces of French punctuation ({@link FrenchPunctuation}), except
     * inside code; the text of a French brief's editions then looks like its PDF.
     */
    MarkupWriter spaceFrench(FrenchPunctuation punctuation) {
        this.french = punctuation;
        return this;
    }

    /** Opens {@code name}; attributes follow as name/value pairs, a {@code null} value leaves one out. */
    MarkupWriter start(String name, String... attributes) {
        startTag(name, attributes);
        endRunningText(name);
        open.push(name);
        return this;
    }

    /** A void element such as {@code img} or {@code br}. */
    MarkupWriter empty(String name, String... attributes) {
        if (!VOID_ELEMENTS.contains(name)) {
            throw new IllegalArgumentException(name + " is not a void element; use start and end");
        }
        startTag(name, attributes);
        out.append("/>");
        tagPending = false;
        return this;
    }

    /** An element with nothing inside, written with an end tag so HTML parsers close it too. */
    MarkupWriter element(String name, String... attributes) {
        return start(name, attributes).end(name);
    }

    /** An element that holds only {@code content} as text. */
    MarkupWriter textElement(String name, String content, String... attributes) {
        return start(name, attributes).text(content).end(name);
    }

    MarkupWriter end(String name) {
        String expected = open.poll();
        if (!name.equals(expected)) {
            throw new IllegalStateException("closing " + name + " but " + expected + " is open");
        }
        closePendingTag();
        out.append("</").append(name).append('>');
        endRunningText(name);
        return this;
    }

    MarkupWriter text(String text) {
        closePendingTag();
        escape(french.applies() ? spaced(text) : text, false);
        return this;
    }

    /** {@code text} with French spacing, judged with the character written before it (as in {@code <em>mot</em>?}). */
    private String spaced(String text) {
        if (text.isEmpty() || open.contains("code") || open.contains("pre")) {
            return text;
        }
        char before = previous;
        previous = text.charAt(text.length() - 1);
        return before == 0
                ? french.withNarrowSpaces(text)
                : french.withNarrowSpaces(before + text).substring(1);
    }

    private void endRunningText(String name) {
        if (!PHRASING.contains(name)) {
            previous = 0;
        }
    }

    /** A line break in the markup source only, to keep the output readable in a diff. */
    MarkupWriter newline() {
        closePendingTag();
        out.append('\n');
        return this;
    }

    /**
     * A style sheet we wrote ourselves. Source text enters it only through {@link #cssString}; the checks
     * make sure it can neither end the element nor break XML well-formedness.
     */
    MarkupWriter styleSheet(String css) {
        if (css.contains("<") || css.contains("&")) {
            throw new IllegalArgumentException("a style sheet must not contain '<' or '&'");
        }
        start("style");
        closePendingTag();
        out.append('\n').append(css).append('\n');
        return end("style");
    }

    /** The prolog of a standalone XHTML file. */
    MarkupWriter xmlDeclaration() {
        requireNothingWritten();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        return this;
    }

    MarkupWriter doctype() {
        out.append("<!DOCTYPE html>\n");
        return this;
    }

    /** The markup so far; every element must be closed. */
    String finish() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements: " + open);
        }
        closePendingTag();
        return out.toString();
    }

    /**
     * {@code value} as a CSS string literal: quotes, backslashes, line ends and {@code <}/{@code &} become CSS
     * escapes, so the literal ends where we say and the style element stays well-formed XML.
     */
    private static boolean isPlainAscii(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c >= 0x7F || c == '"' || c == '\\' || c == '<' || c == '&') {
                return false;
            }
        }
        return true;
    }

    static String cssString(String value) {
        if (isPlainAscii(value)) {
            // A family name or a data: URI of base64 (a megabyte for a whole Arabic font): nothing to escape.
            return "\"" + value + "\"";
        }
        StringBuilder css = new StringBuilder("\"");
        value.codePoints().forEach(codePoint -> {
            if (isForbidden(codePoint)) {
                codePoint = REPLACEMENT;
            }
            if (codePoint == '"'
                    || codePoint == '\\'
                    || codePoint == '<'
                    || codePoint == '&'
                    || codePoint < 0x20
                    || codePoint == 0x7F) {
                css.append('\\').append(Integer.toHexString(codePoint)).append(' ');
            } else {
                css.appendCodePoint(codePoint);
            }
        });
        return css.append('"').toString();
    }

    private void startTag(String name, String... attributes) {
        requireName(name);
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        closePendingTag();
        out.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] == null) {
                continue;
            }
            requireName(attributes[i]);
            out.append(' ').append(attributes[i]).append("=\"");
            escape(attributes[i + 1], true);
            out.append('"');
        }
        tagPending = true;
    }

    private void closePendingTag() {
        if (tagPending) {
            out.append('>');
            tagPending = false;
        }
    }

    private void requireNothingWritten() {
        if (out.length() > 0) {
            throw new IllegalStateException("the XML declaration must come first");
        }
    }

    /**
     * Names are {@code [a-z][a-z0-9-]*}, optionally with one prefix before a colon ({@code epub:type}). Checked
     * for every tag and attribute written, so by a loop rather than a regular expression.
     */
    private static void requireName(String name) {
        int colon = name.indexOf(':');
        boolean valid = colon < 0
                ? isNamePart(name, 0, name.length())
                : isNamePart(name, 0, colon) && isNamePart(name, colon + 1, name.length());
        if (!valid) {
            throw new IllegalArgumentException("not an element or attribute name: " + name);
        }
    }

    private static boolean isNamePart(String name, int from, int to) {
        if (from >= to || name.charAt(from) < 'a' || name.charAt(from) > 'z') {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Escapes markup characters. Characters XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/F)
     * and the C1 controls HTML reports as parse errors become U+FFFD, visibly, instead of vanishing.
     */
    private void escape(String text, boolean attribute) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (isForbidden(codePoint)) {
                out.append(REPLACEMENT);
                continue;
            }
            switch (codePoint) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n', '\r', '\t' -> out.append(attribute ? "&#" + codePoint + ";" : Character.toString(codePoint));
                default -> out.appendCodePoint(codePoint);
            }
        }
    }

    private static boolean isForbidden(int codePoint) {
        if (codePoint == '\t' || codePoint == '\n' || codePoint == '\r') {
            return false;
        }
        return codePoint < 0x20
                || (codePoint >= 0x7F && codePoint <= 0x9F)
                || (codePoint >= 0xD800 && codePoint <= 0xDFFF)
                || codePoint == 0xFFFE
                || codePoint == 0xFFFF;
    }
}
