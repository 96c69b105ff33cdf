package dev.brief.maven.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One node of a PDF's tag tree as read back from the file: a structure element (its standard role after role
 * mapping, the role as written, Alt, ActualText, Lang), or a leaf: the text of one marked-content sequence
 * ({@link #CONTENT}) or an annotation it owns ({@link #ANNOTATION}, with the link target as its text).
 */
public record CheckedTag(
        String role,
        String declaredRole,
        Optional<String> alt,
        Optional<String> actualText,
        Optional<String> lang,
        String content,
        List<CheckedTag> children) {
    public static final String CONTENT = "#content";
    public static final String ANNOTATION = "#annotation";

    /** Roles that start a new block of text: the text in reading order puts each on its own line. */
    static final Set<String> BLOCKS = Set.of(
            "Document",
            "Part",
            "Art",
            "Sect",
            "Div",
            "BlockQuote",
            "Caption",
            "TOC",
            "TOCI",
            "Index",
            "P",
            "H",
            "H1",
            "H2",
            "H3",
            "H4",
            "H5",
            "H6",
            "L",
            "LI",
            "Lbl",
            "LBody",
            "Table",
            "TR",
            "TH",
            "TD",
            "THead",
            "TBody",
            "TFoot",
            "Figure",
            "Formula",
            "Note",
            "Aside",
            "Title",
            "FENote");

    public CheckedTag {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(declaredRole, "declaredRole");
        Objects.requireNonNull(alt, "alt");
        Objects.requireNonNull(actualText, "actualText");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(content, "content");
        children = List.copyOf(children);
    }

    static CheckedTag content(String text) {
        return new CheckedTag(CONTENT, CONTENT, Optional.empty(), Optional.empty(), Optional.empty(), text, List.of());
    }

    static CheckedTag annotation(String target) {
        return new CheckedTag(
                ANNOTATION, ANNOTATION, Optional.empty(), Optional.empty(), Optional.empty(), target, List.of());
    }

    public boolean isElement() {
        return !role.startsWith("#");
    }

    /** The text a screen reader speaks for this node: its ActualText, or its content in structure order. */
    public String text() {
        if (actualText.isPresent()) {
            return actualText.get();
        }
        if (role.equals(CONTENT)) {
            return content;
        }
        StringBuilder text = new StringBuilder();
        for (CheckedTag child : children) {
            if (child.role().equals(ANNOTATION)) {
                continue;
            }
            String part = child.text();
            if (!part.isEmpty()
                    && text.length() > 0
                    && !Character.isWhitespace(text.charAt(text.length() - 1))
                    && child.isElement()
                    && BLOCKS.contains(child.role())) {
                text.append(' ');
            }
            text.append(part);
        }
        return text.toString();
    }

    /** Whether any element below this one starts a block of its own. */
    boolean hasBlockDescendant() {
        for (CheckedTag child : children) {
            if (child.isElement() && (BLOCKS.contains(child.role()) || child.hasBlockDescendant())) {
                return true;
            }
        }
        return false;
    }

    /** This node and every node below it, depth first in structure order. */
    public List<CheckedTag> flatten() {
        List<CheckedTag> all = new ArrayList<>();
        collect(this, all);
        return all;
    }

    private static void collect(CheckedTag node, List<CheckedTag> into) {
        into.add(node);
        for (CheckedTag child : node.children()) {
            collect(child, into);
        }
    }
}
