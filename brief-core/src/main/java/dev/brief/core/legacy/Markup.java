package dev.brief.core.legacy;

import java.util.regex.Pattern;

/** Turns a bit of legacy Markdown into the plain text a front matter value needs. */
final class Markup {
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\(([^)\\s]*)(\\s+\"[^\"]*\")?\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+)>");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|_)(\\S(?:.*?\\S)?)\\1");

    private Markup() {}

    /** The visible text: link texts instead of links, emphasis markers and hard breaks dropped. */
    static String plain(String markdown) {
        String text = LINK.matcher(markdown).replaceAll(match -> quoteReplacement(match.group(1)));
        text = AUTOLINK.matcher(text).replaceAll(match -> quoteReplacement(match.group(1)));
        String before;
        do {
            before = text;
            text = EMPHASIS.matcher(text).replaceAll(match -> quoteReplacement(match.group(2)));
        } while (!text.equals(before));
        return text.replaceAll("\\\\(?=[\\p{Punct}])", "").replaceAll("\\s+", " ").strip();
    }

    /** The target of the first link in {@code markdown}, if it has one. */
    static java.util.Optional<String> firstLinkTarget(String markdown) {
        var link = LINK.matcher(markdown);
        if (link.find()) {
            return java.util.Optional.of(link.group(2));
        }
        var autolink = AUTOLINK.matcher(markdown);
        return autolink.find() ? java.util.Optional.of(autolink.group(1)) : java.util.Optional.empty();
    }

    private static String quoteReplacement(String text) {
        return java.util.regex.Matcher.quoteReplacement(text);
    }
}
