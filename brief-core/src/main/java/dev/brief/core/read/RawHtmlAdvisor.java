package dev.brief.core.read;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what to write instead of raw HTML. HTML is not carried into the editions: it would bypass the
 * tagging, the notes and the accessibility checks. Comments are the author's own and are allowed.
 */
final class RawHtmlAdvisor {
    private static final Pattern TAG = Pattern.compile("<\\s*(/?)\\s*([A-Za-z][A-Za-z0-9]*)");

    private RawHtmlAdvisor() {}

    static boolean isComment(String html) {
        return html.strip().startsWith("<!--");
    }

    /** The opening tag's name; empty for a closing tag, which the opening one already reported. */
    static Optional<String> openingTag(String html) {
        Matcher matcher = TAG.matcher(html);
        if (!matcher.find() || !matcher.group(1).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(matcher.group(2).toLowerCase(Locale.ROOT));
    }

    static String instead(String tag) {
        switch (tag) {
            case "sup":
                return "for a note, write [^label] in the text and `[^label]: …` below";
            case "br":
                return "end the line with a backslash (\\) for a line break";
            case "em":
            case "i":
                return "write *emphasis* with asterisks";
            case "strong":
            case "b":
                return "write **strong text** with double asterisks";
            case "a":
                return "write a link as [text](https://…)";
            case "img":
                return "write an image as ![alt text](file.png) on its own line";
            case "table":
                return "write a table with | pipes |";
            case "aside":
            case "div":
                return "use a container: `::: pullquote` or `::: about \"Title\"` … `:::`";
            default:
                return "write it in Markdown; raw HTML is not carried into the editions";
        }
    }
}
