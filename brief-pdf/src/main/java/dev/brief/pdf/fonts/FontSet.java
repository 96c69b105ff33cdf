package dev.brief.pdf.fonts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The typefaces of a {@link FontLibrary} as one PDF document uses them: embedded subsets with a ToUnicode map
 * (PDF/UA-1 7.21.7, PDF/A-2 6.2.11.4 and 6.2.11.7), never the standard 14 fonts. A typeface becomes a
 * {@link SubsetFont} the first time it is asked for, so fonts a brief does not use are not embedded; once the
 * last page is drawn, {@link #embedSubsets()} writes each font's subset. One set belongs to one document and one
 * thread.
 */
public final class FontSet {
    private final PDDocument document;
    private final FontLibrary library;
    /** In first-use order, which is the drawing order: the same brief embeds its fonts in the same order. */
    private final Map<Typeface, SubsetFont> loaded = new LinkedHashMap<>();

    public FontSet(PDDocument document, FontLibrary library) {
        this.document = document;
        this.library = library;
    }

    public FontLibrary library() {
        return library;
    }

    public FontMetrics metrics(Face face) {
        return library.metrics(face);
    }

    /** The document's font for a face's own typeface, made on first use. */
    public SubsetFont font(Face face) {
        return font(library.primary(face));
    }

    /** The document's font for a typeface, made on first use. */
    public SubsetFont font(Typeface typeface) {
        SubsetFont font = loaded.get(typeface);
        if (font == null) {
            font = new SubsetFont(typeface.program(), typeface.metrics(), typeface.name());
            loaded.put(typeface, font);
        }
        return font;
    }

    /** The faces whose own typeface was used so far. */
    public Set<Face> loadedFaces() {
        Set<Face> faces = new TreeSet<>();
        for (Face face : Face.values()) {
            if (loaded.containsKey(library.primary(face))) {
                faces.add(face);
            }
        }
        return faces;
    }

    /** The typefaces used so far, in first-use order. */
    public List<Typeface> loadedTypefaces() {
        return List.copyOf(loaded.keySet());
    }

    /**
     * Embeds every font used, as the subset of the glyphs drawn with it. Call once, after the last page is
     * drawn and before the document is saved.
     */
    public void embedSubsets() {
        for (Map.Entry<Typeface, SubsetFont> font : loaded.entrySet()) {
            try {
                font.getValue().embed(document);
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "cannot embed font " + font.getKey().name(), e);
            }
        }
    }
}
