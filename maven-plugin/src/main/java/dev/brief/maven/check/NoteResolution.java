package dev.brief.maven.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Notes resolve both ways across an edition's documents: every note reference leads to a note, every note
 * links back to a place that exists, and no note is left without a reference. Notes and references are found
 * by their DPUB-ARIA roles or EPUB structural semantics, as reading systems find them.
 */
final class NoteResolution {
    private NoteResolution() {}

    static List<Finding> check(List<MarkupDocuments.Named> documents, Set<String> targets, String output) {
        List<Finding> findings = new ArrayList<>();
        Set<String> referenced = new HashSet<>();
        for (MarkupDocuments.Named named : documents) {
            for (Element link : named.document().select("a[href]")) {
                if (!semantics(link).contains("noteref")) {
                    continue;
                }
                String target = MarkupChecks.targetKey(named.name(), link.attr("href"));
                if (target == null || !targets.contains(target)) {
                    findings.add(new Finding(where(output, documents, named), "note reference \u201c" + link.text()
                            + "\u201d points at " + link.attr("href") + ", which is not a note in this edition"));
                } else {
                    referenced.add(target);
                }
            }
        }
        for (MarkupDocuments.Named named : documents) {
            for (Element note : notes(named)) {
                String where = where(output, documents, named);
                if (!referenced.contains(MarkupChecks.key(named.name(), note.id()))) {
                    findings.add(new Finding(where, "note " + note.id() + " is not referenced from the text"));
                }
                boolean linksBack = note.select("a[href]").stream()
                        .map(link -> MarkupChecks.targetKey(named.name(), link.attr("href")))
                        .anyMatch(target -> target != null && targets.contains(target));
                if (!linksBack) {
                    findings.add(new Finding(where, "note " + note.id() + " has no working link back to its"
                            + " reference"));
                }
            }
        }
        return findings;
    }

    /** Notes: elements marked as one, or the items of a list inside the endnotes section. */
    private static List<Element> notes(MarkupDocuments.Named named) {
        List<Element> notes = new ArrayList<>();
        for (Element element : named.document().select("[id]")) {
            String semantics = " " + semantics(element) + " ";
            boolean marked = semantics.matches(".* (doc-endnote|endnote|footnote|rearnote) .*");
            boolean listed = element.tagName().equals("li") && element.parent() != null
                    && element.parent().parents().stream().limit(2)
                            .anyMatch(ancestor -> semantics(ancestor).contains("endnotes"));
            if (marked || listed) {
                notes.add(element);
            }
        }
        return notes;
    }

    private static String semantics(Element element) {
        return (element.attr("role") + " " + element.attr("epub:type")).trim();
    }

    private static String where(String output, List<MarkupDocuments.Named> documents, MarkupDocuments.Named named) {
        return output + (documents.size() > 1 ? "/" + named.name() : "");
    }
}
