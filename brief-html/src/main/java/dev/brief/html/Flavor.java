package dev.brief.html;

/**
 * Which edition the markup is for. Both flavours carry the same landmarks and DPUB-ARIA roles; the EPUB
 * flavour adds the EPUB 3 structural semantics ({@code epub:type}) that reading systems use for pop-up notes
 * and page lists, and refers to images by their path instead of embedding them.
 */
public enum Flavor {
    /** The self-contained web and print edition: images embedded, screen and print style sheets inline. */
    PRINT,
    /** An EPUB 3 content document: {@code epub:type} attributes, images referenced by their source path. */
    EPUB;

    /** Whether {@code epub:type} attributes are written. */
    boolean epubTypes() {
        return this == EPUB;
    }

    /**
     * Whether each note's content sits in its own {@code footnote}-typed element inside the list item, the
     * target that reading systems show in a pop-up (see {@code NotesRenderer}).
     */
    boolean wrapsNotesForPopUps() {
        return this == EPUB;
    }

    /** {@code value} when this flavour writes {@code epub:type}, otherwise {@code null} (attribute left out). */
    String epubType(String value) {
        return epubTypes() ? value : null;
    }
}
