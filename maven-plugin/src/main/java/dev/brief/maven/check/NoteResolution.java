package dev.brief.maven.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Notes resolve both ways across an edition's documents: every note reference leads to a note, every note
 * links back to a reference to it, and no note is left without a reference. Notes and references are found
 * by their DPUB-ARIA roles or EPUB structural semantics, as reading systems find them: in the EPUB a note is
 * the {@code footnote}-typed element inside an endnotes list item, in the print edition the list item itself.
 */
final class NoteResolution {
    private NoteResolution() {}

    /** A note and the document it is in. */
    private record Located(MarkupDocuments.Named document, Element note) {}

    static List<Finding> check(List<MarkupDocuments.Named> documents, String output) {
        Map<String, Located> notes = new LinkedHashMap<>();
        for (MarkupDocuments.Named named : documents) {
            for (Element note : notes(named)) {
                notes.put(MarkupChecks.key(named.name(), note.id()), new Located(named, note));
            }
        }
        List<Finding> findings = new ArrayList<>();
        Set<String> referenced = new HashSet<>();
        Map<String, String> noteOfReference = new HashMap<>();
        for (MarkupDocuments.Named named : documents) {
            for (Element link : named.document().select("a[href]")) {
                if (!semantics(link).contains("noteref")) {
                    continue;
                }
                String target = MarkupChecks.targetKey(named.name(), link.attr("href"));
                if (target == null || !notes.containsKey(target)) {
                    findings.add(new Finding(
                            where(output, documents, named),
                            "note reference \u201c" + link.text() + "\u201d points at " + link.attr("href")
                                    + ", which is not a note in this edition"));
                    continue;
                }
                referenced.add(target);
                if (!link.id().isEmpty()) {
                    noteOfReference.put(MarkupChecks.key(named.name(), link.id()), target);
                }
            }
        }
        for (Map.Entry<String, Located> entry : notes.entrySet()) {
            MarkupDocuments.Named named = entry.getValue().document();
            Element note = entry.getValue().note();
            String where = where(output, documents, named);
            if (!referenced.contains(entry.getKey())) {
                findings.add(new Finding(where, "note " + note.id() + " is not referenced from the text"));
            }
            boolean linksBack = note.select("a[href]").stream()
                    .map(link -> noteOfReference.get(MarkupChecks.targetKey(named.name(), link.attr("href"))))
                    .anyMatch(entry.getKey()::equals);
            if (!linksBack) {
                findings.add(
                        new Finding(where, "note " + note.id() + " has no working link back to its" + " reference"));
            }
        }
        return findings;
    }

    /**
     * Notes: elements marked as one, or the items of a list inside the endnotes section that hold no element
     * marked as one (an EPUB list item around its pop-up target is not itself the note).
     */
    private static List<Element> notes(MarkupDocuments.Named named) {
        List<Element> notes = new ArrayList<>();
        for (Element element : named.document().select("[id]")) {
            boolean listed = element.tagName().equals("li")
                    && element.parent() != null
                    && element.parent().parents().stream().limit(2).anyMatch(ancestor -> semantics(ancestor)
                            .contains("endnotes"));
            if (marked(element) || (listed && element.select("[id]").stream().noneMatch(NoteResolution::marked))) {
                notes.add(element);
            }
        }
        return notes;
    }

    private static boolean marked(Element element) {
        return (" " + semantics(element) + " ").matches(".* (doc-endnote|doc-footnote|endnote|footnote|rearnote) .*");
    }

    private static String semantics(Element element) {
        return (element.attr("role") + " " + element.attr("epub:type")).trim();
    }

    private static String where(String output, List<MarkupDocuments.Named> documents, MarkupDocuments.Named named) {
        return output + (documents.size() > 1 ? "/" + named.name() : "");
    }
}
