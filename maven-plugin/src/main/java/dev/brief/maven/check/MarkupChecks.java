package dev.brief.maven.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Checks on an HTML or EPUB edition: links inside the edition resolve, notes resolve both ways (each note
 * reference reaches a note that links back to it, and every note is referenced), images have alt
 * attributes, heading levels do not skip, and link texts say where they lead.
 */
final class MarkupChecks {
    private MarkupChecks() {}

    static List<CheckResult> check(List<MarkupDocuments.Named> documents, String edition, String output) {
        Set<String> targets = new HashSet<>();
        for (MarkupDocuments.Named named : documents) {
            for (Element element : named.document().select("[id]")) {
                targets.add(key(named.name(), element.id()));
            }
        }
        List<Finding> notes = NoteResolution.check(documents, output);
        List<Finding> images = new ArrayList<>();
        List<Finding> links = new ArrayList<>();
        List<Finding> headings = new ArrayList<>();
        for (MarkupDocuments.Named named : documents) {
            String where = output + (documents.size() > 1 ? "/" + named.name() : "");
            for (Element image : named.document().select("img")) {
                if (!image.hasAttr("alt")) {
                    images.add(new Finding(where, "image " + image.attr("src") + " has no alt attribute"));
                }
            }
            for (Element link : named.document().select("a[href]")) {
                internalLink(named.name(), link, targets, where, links);
                if (!isNoteLink(link)) {
                    String problem = LinkTexts.problem(accessibleName(link));
                    if (problem != null) {
                        links.add(new Finding(where + " link to " + link.attr("href"), problem));
                    }
                }
            }
            headingLevels(named, where, headings);
        }
        return List.of(
                new CheckResult(edition + " notes resolve both ways", output, notes),
                new CheckResult(edition + " images have alt text", output, images),
                new CheckResult(edition + " heading levels do not skip", output, headings),
                new CheckResult(edition + " links resolve and say where they lead", output, links));
    }

    static String key(String document, String id) {
        return baseName(document) + "#" + id;
    }

    /** The key of the element a same-edition {@code href} points at, or {@code null} for an outside link. */
    static String targetKey(String document, String href) {
        if (href.startsWith("#")) {
            return key(document, href.substring(1));
        }
        if (href.contains(":") || !href.contains("#")) {
            return null;
        }
        return key(href.substring(0, href.indexOf('#')), href.substring(href.indexOf('#') + 1));
    }

    private static void internalLink(
            String document, Element link, Set<String> targets, String where, List<Finding> findings) {
        String target = targetKey(document, link.attr("href"));
        if (target != null && !targets.contains(target)) {
            findings.add(new Finding(
                    where,
                    "the link \u201c" + link.text() + "\u201d points at " + link.attr("href")
                            + ", which does not exist"));
        }
    }

    static boolean isNoteLink(Element link) {
        String role = link.attr("role") + " " + link.attr("epub:type");
        return role.contains("noteref") || role.contains("backlink");
    }

    private static String accessibleName(Element link) {
        if (!link.attr("aria-label").isBlank()) {
            return link.attr("aria-label");
        }
        StringBuilder name = new StringBuilder(link.text());
        link.select("img[alt]").forEach(image -> name.append(' ').append(image.attr("alt")));
        return name.toString();
    }

    private static void headingLevels(MarkupDocuments.Named named, String where, List<Finding> findings) {
        int previous = 0;
        for (Element heading : named.document().select("h1, h2, h3, h4, h5, h6")) {
            int level = heading.tagName().charAt(1) - '0';
            if (previous > 0 && level > previous + 1) {
                findings.add(new Finding(
                        where,
                        "heading \u201c" + heading.text() + "\u201d is h" + level + " but follows h" + previous
                                + "; levels must not skip"));
            }
            previous = level;
        }
    }

    private static String baseName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
