package dev.brief.pdf.inspect;

import java.util.List;
import java.util.SortedMap;

/**
 * A node of a PDF's structure tree as read back: an element, the text of a marked-content sequence, or an
 * annotation.
 */
public sealed interface TagNode {

    /**
     * A structure element: its type as written, the standard type it maps to, its attributes (Alt,
     * ActualText, ID, Lang, ListNumbering, Scope, BBox, Title) and its kids in order.
     */
    record Element(String type, String standardType, SortedMap<String, String> attributes, List<TagNode> kids)
            implements TagNode {
        public Element {
            kids = List.copyOf(kids);
        }

        /** The elements of this subtree, depth first, this one included. */
        public List<Element> descendants() {
            List<Element> all = new java.util.ArrayList<>();
            collect(this, all);
            return all;
        }

        private static void collect(Element element, List<Element> into) {
            into.add(element);
            for (TagNode kid : element.kids) {
                if (kid instanceof Element) {
                    collect((Element) kid, into);
                }
            }
        }
    }

    /** The text drawn in one marked-content sequence ({@code page} counts from 1). */
    record Content(int page, int mcid, String text) implements TagNode {}

    /** An annotation referenced through an OBJR: its subtype, /Contents and link target. */
    record Annotation(int page, String subtype, String contents, String target) implements TagNode {}
}
