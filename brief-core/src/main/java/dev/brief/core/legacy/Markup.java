package dev.brief.core.legacy;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a bit of legacy Markdown into the plain text a front matter value needs. */
final class Markup {
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\(([^)\\s]*)(\\s+\"[^\"]*\")?\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+)>");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(\\s[^>]*)?/?>");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|_)(\\S(?:.*?\\S)?)\\1");

    private Markup() {}

    /** The visible text: link texts instead of links; emphasis markers, HTML tags and hard breaks dropped. */
    static String plain(String markdown) {
        String text = TAG.matcher(markdown.replaceAll("(?i)<br\\s*/?>", " ")).replaceAll("");
        text = LINK.matcher(text).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
        text = AUTOLINK.matcher(text).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
        String before;
        do {
            before = text;
            text = EMPHASIS.matcher(text).replaceAll(match -> Matcher.quoteReplacement(match.group(2)));
        } while (!text.equals(before));
        return text.replaceAll("\\\\(?=\\p{Punct})", "").replaceAll("\\s+", " ").strip();
    }

    /** The target of the first link in {@code markdown}, if it has one. */
    static Optional<String> firstLinkTarget(String markdown) {
        Matcher link = LINK.matcher(markdown);
        if (link.find()) {
            return Optional.of(link.group(2));
        }
        Matcher autolink = AUTOLINK.matcher(markdown);
        return autolink.find() ? Optional.of(autolink.group(1)) : Optional.empty();
    }
}
