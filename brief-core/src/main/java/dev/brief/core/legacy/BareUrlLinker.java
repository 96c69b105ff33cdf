package dev.brief.core.legacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes bare web addresses into links, so the notes' sources stay clickable in every edition: a full URL
 * becomes an autolink {@code <https://…>}; a {@code www.} address keeps its printed text and gets an
 * {@code https://} target. Existing links, autolinks and code are left alone.
 */
final class BareUrlLinker {
    private static final Pattern PROTECTED = Pattern.compile("!?\\[[^\\]]*\\]\\([^)]*\\)|<[^>\\s]+>|`[^`]*`");
    private static final Pattern BARE = Pattern.compile("(?<![\\w/@.\\-\"'])(https?://[^\\s<>\\[\\]\"]+"
            + "|www\\.[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+(?:/[^\\s<>\\[\\]]*)?)");
    private static final String TRAILING = ".,;:!?'\"\u201d\u2019";

    private BareUrlLinker() {}

    static String link(String text, int lineNumber, RepairLog log) {
        StringBuilder out = new StringBuilder();
        Matcher kept = PROTECTED.matcher(text);
        int last = 0;
        while (kept.find()) {
            out.append(linkGap(text.substring(last, kept.start()), lineNumber, log))
                    .append(kept.group());
            last = kept.end();
        }
        return out.append(linkGap(text.substring(last), lineNumber, log)).toString();
    }

    private static String linkGap(String gap, int lineNumber, RepairLog log) {
        Matcher bare = BARE.matcher(gap);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (bare.find()) {
            String url = trimmed(bare.group(1));
            out.append(gap, last, bare.start());
            if (url.startsWith("http")) {
                out.append('<').append(url).append('>');
                log.warn(lineNumber, "made the bare address " + url + " a link", "check the link target");
            } else {
                out.append('[').append(url).append("](https://").append(url).append(')');
                log.warn(
                        lineNumber,
                        "made the bare address " + url + " a link to https://" + url,
                        "check that the site answers on https; change the target to http:// if not");
            }
            last = bare.start() + url.length();
        }
        return out.append(gap, last, gap.length()).toString();
    }

    /** A URL without the punctuation of the sentence around it (a closing parenthesis only if unbalanced). */
    private static String trimmed(String url) {
        String result = url;
        while (!result.isEmpty()) {
            char last = result.charAt(result.length() - 1);
            boolean unbalancedParenthesis = last == ')'
                    && result.chars().filter(c -> c == '(').count()
                            < result.chars().filter(c -> c == ')').count();
            if (TRAILING.indexOf(last) >= 0 || unbalancedParenthesis) {
                result = result.substring(0, result.length() - 1);
            } else {
                break;
            }
        }
        return result;
    }
}
