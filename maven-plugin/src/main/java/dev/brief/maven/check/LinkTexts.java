package dev.brief.maven.check;

import java.util.Locale;
import java.util.Set;

/**
 * Link text that says nothing about where the link goes (WCAG 2.2 SC 2.4.4 Link Purpose): empty, or one of
 * the phrases that only make sense to someone who can see the surrounding page.
 */
final class LinkTexts {
    private static final Set<String> VAGUE = Set.of(
            "here",
            "click here",
            "click",
            "this",
            "this link",
            "link",
            "more",
            "read more",
            "learn more",
            "details",
            "this page",
            "go",
            "website");

    private LinkTexts() {}

    /** Why {@code text} fails as link text, or {@code null} when it is fine. */
    static String problem(String text) {
        String plain = text.strip().replaceAll("\\s+", " ");
        if (plain.isEmpty()) {
            return "a link has no text, so a screen reader can only read its address or nothing";
        }
        String bare = plain.toLowerCase(Locale.ROOT).replaceAll("[.!:\u2026]+$", "");
        if (VAGUE.contains(bare)) {
            return "the link text \u201c" + plain + "\u201d does not say where it leads; name the target instead";
        }
        return null;
    }
}
