package dev.brief.pdf.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The faces of a {@link FontLibrary} as one PDF document uses them: embedded subsets with a ToUnicode map
 * (PDF/UA-1 7.21.7, PDF/A-2 6.2.11.4 and 6.2.11.7), never the standard 14 fonts. A face becomes a
 * {@link SubsetFont} the first time it is asked for, so faces a brief does not use are not embedded; once the
 * last page is drawn, {@link #embedSubsets()} writes each font's subset. One set belongs to one document and one
 * thread.
 */
public final class FontSet {
    private final PDDocument document;
    private final FontLibrary library;
    private final Map<Face, SubsetFont> loaded = new EnumMap<>(Face.class);

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

    /** The document's font for a face, made on first use. */
    public SubsetFont font(Face face) {
        SubsetFont font = loaded.get(face);
        if (font == null) {
            font = new SubsetFont(library.program(face), library.metrics(face), library.files().describe(face));
            loaded.put(face, font);
        }
        return font;
    }

    /** The faces used so far. */
    public Set<Face> loadedFaces() {
        return Set.copyOf(loaded.keySet());
    }

    /**
     * Embeds every font used, as the subset of the glyphs drawn with it. Call once, after the last page is
     * drawn and before the document is saved.
     */
    public void embedSubsets() {
        for (Map.Entry<Face, SubsetFont> font : loaded.entrySet()) {
            try {
                font.getValue().embed(document);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot embed font " + library.files().describe(font.getKey()), e);
            }
        }
    }
}
