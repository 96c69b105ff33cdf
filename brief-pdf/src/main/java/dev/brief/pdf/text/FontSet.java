package dev.brief.pdf.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The faces of a {@link FontLibrary} loaded into one PDF document as embedded subsets with a
 * ToUnicode map (PDF/UA-1 7.21.7, PDF/A-2 6.2.11.4 and 6.2.11.7). A face is loaded the first time
 * it is asked for, so faces a brief does not use are not embedded. Never the standard 14 fonts.
 * One set belongs to one document and one thread.
 */
public final class FontSet {
    private final PDDocument document;
    private final FontLibrary library;
    private final Map<Face, PDType0Font> loaded = new EnumMap<>(Face.class);

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

    /** The PDF font of a face, embedded on first use. */
    public PDType0Font font(Face face) {
        PDType0Font font = loaded.get(face);
        if (font == null) {
            font = load(face);
            loaded.put(face, font);
        }
        return font;
    }

    /** The faces embedded so far. */
    public Set<Face> loadedFaces() {
        return Set.copyOf(loaded.keySet());
    }

    private PDType0Font load(Face face) {
        try {
            TrueTypeFont font =
                    new TTFParser().parse(new RandomAccessReadBuffer(library.fontFile(face)));
            // Substitutions (ligatures) would make drawn widths differ from measured ones and
            // make the text harder to extract, so glyphs stay one per character. The library's
            // file lists no GSUB table, so parsing extracted none; this says so to PDFBox too.
            font.setEnableGsub(false);
            return PDType0Font.load(document, font, true);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot load font " + library.files().describe(face), e);
        }
    }
}
