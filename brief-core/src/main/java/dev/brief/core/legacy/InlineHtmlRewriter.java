package dev.brief.core.legacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the inline HTML converters leave into Markdown, since the source format refuses raw HTML:
 * {@code <br>} becomes a line break, {@code <em>}/{@code <i>} emphasis, {@code <strong>}/{@code <b>} strong
 * emphasis, {@code <a href>} a link, {@code <span lang="fr">} a language span {@code [text]{lang=fr}};
 * presentational wrappers (any other {@code <span>}, {@code <u>}, {@code <font>}, {@code <small>}, {@code <sub>})
 * are dropped around their text. Other tags stay, for the reader to report.
 */
final class InlineHtmlRewriter {
    private static final Pattern TAG =
            Pattern.compile("<(/?)(br|em|i|strong|b|span|u|font|small|sub|a)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HREF = Pattern.compile("href\\s*=\\s*[\"']([^\"']+)[\"']", Pattern.CASE_INSENSITIVE);
    /** {@code lang} or {@code xml:lang}, whichever comes first. */
    private static final Pattern LANG =
            Pattern.compile("\\blang\\s*=\\s*[\"']([^\"']+)[\"']", Pattern.CASE_INSENSITIVE);

    private InlineHtmlRewriter() {}

    static List<LegacyBlock> rewrite(List<LegacyBlock> blocks, RepairLog log) {
        return LegacyBlock.rewriteLines(blocks, (line, number) -> line(line, number, log));
    }

    static String line(String line, int lineNumber, RepairLog log) {
        Matcher tag = TAG.matcher(line);
        StringBuilder out = new StringBuilder();
        List<String> openLinks = new ArrayList<>();
        List<OpenSpan> openSpans = new ArrayList<>();
        StringBuilder kinds = new StringBuilder();
        int last = 0;
        int firstColumn = 0;
        while (tag.find()) {
            out.append(line, last, tag.start());
            boolean closing = !tag.group(1).isEmpty();
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            boolean atEnd = line.substring(tag.end()).isBlank();
            switch (name) {
                case "br" -> out.append(atEnd ? "\\" : "\\\n");
                case "em", "i" -> out.append('*');
                case "strong", "b" -> out.append("**");
                case "a" -> {
                    if (closing) {
                        out.append(openLinks.isEmpty() ? "" : "](" + openLinks.remove(openLinks.size() - 1) + ")");
                    } else {
                        Matcher href = HREF.matcher(tag.group(3));
                        openLinks.add(href.find() ? href.group(1) : "");
                        out.append('[');
                    }
                }
                case "span" -> span(closing, tag.group(3), out, openSpans);
                default -> {} // a presentational wrapper: its text stays, the tag goes
            }
            firstColumn = firstColumn == 0 ? tag.start() + 1 : firstColumn;
            if (kinds.indexOf("<" + name + ">") < 0) {
                kinds.append(kinds.length() == 0 ? "" : " ")
                        .append('<')
                        .append(name)
                        .append('>');
            }
            last = tag.end();
        }
        if (firstColumn == 0) {
            return line;
        }
        out.append(line, last, line.length());
        // A language span still open at the line's end loses its bracket: its text stays, unmarked.
        for (int i = openSpans.size() - 1; i >= 0; i--) {
            if (!openSpans.get(i).language().isEmpty()) {
                out.deleteCharAt(openSpans.get(i).bracketAt());
            }
        }
        log.warn(
                lineNumber,
                firstColumn,
                "rewrote inline HTML (" + kinds + ") as Markdown",
                "check the emphasis, links and line breaks of this line");
        return out.toString();
    }

    /** A span with a language opens and closes a language span; any other span is only a wrapper. */
    private static void span(boolean closing, String attributes, StringBuilder out, List<OpenSpan> openSpans) {
        if (closing) {
            if (!openSpans.isEmpty()) {
                OpenSpan span = openSpans.remove(openSpans.size() - 1);
                if (!span.language().isEmpty()) {
                    out.append("]{lang=").append(span.language()).append('}');
                }
            }
            return;
        }
        Matcher lang = LANG.matcher(attributes);
        String language = lang.find() ? lang.group(1).strip() : "";
        openSpans.add(new OpenSpan(out.length(), language));
        if (!language.isEmpty()) {
            out.append('[');
        }
    }

    /** An open {@code <span>}: where its bracket went in the output, and its language ("" for a wrapper). */
    private record OpenSpan(int bracketAt, String language) {}
}
