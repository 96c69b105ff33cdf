package dev.brief.maven.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a PDF says about its own structure: whether it declares itself tagged, its tag tree (empty when it
 * has none), the document language and title, and any painting outside marked content (as "page N:
 * operator"), which is neither tagged content nor an artifact.
 */
public record PdfStructure(
        boolean marked,
        Optional<CheckedTag> root,
        Optional<String> lang,
        Optional<String> title,
        int pageCount,
        List<String> unmarkedPainting) {
    public PdfStructure {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(title, "title");
        unmarkedPainting = List.copyOf(unmarkedPainting);
    }

    /** Every node of the tag tree, depth first (empty for an untagged PDF). */
    public List<CheckedTag> nodes() {
        return root.map(CheckedTag::flatten).orElse(List.of());
    }

    /** The text in structure (reading) order, one line per innermost block. */
    public List<String> readingOrderLines() {
        List<String> lines = new ArrayList<>();
        root.ifPresent(node -> lines(node, lines));
        return lines;
    }

    private static void lines(CheckedTag node, List<String> into) {
        if (!node.isElement()) {
            return;
        }
        if (node.actualText().isPresent() || !node.hasBlockDescendant()) {
            String text = node.text().strip();
            if (!text.isEmpty()) {
                into.add(text);
            }
            return;
        }
        for (CheckedTag child : node.children()) {
            lines(child, into);
        }
    }
}
