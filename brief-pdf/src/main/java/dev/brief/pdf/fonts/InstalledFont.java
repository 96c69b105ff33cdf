package dev.brief.pdf.fonts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One installed font: a font file, or one member of a font collection (.ttc), with what choosing it needs.
 *
 * @param family the typographic family name ("Noto Naskh Arabic"), shared by its weights and italics
 * @param postScriptName the PostScript name of this face ("NotoNaskhArabic-Bold"), or the file name if it has none
 * @param weight the OS/2 weight class: 400 regular, 700 bold
 * @param italic italic or oblique
 * @param width the OS/2 width class: 5 normal, lower condensed, higher expanded
 * @param design serif or sans, as far as the font tells
 * @param outlines TrueType or CFF outlines: only TrueType ones can be embedded as subsets (see {@link #embeddable()})
 * @param path the font file
 * @param collectionIndex the member's index in a font collection, or -1 for a file of one font
 * @param coverage the characters the font maps
 *
 * <p>Public for the end-to-end test that embeds a system font it finds through the index.
 */
public record InstalledFont(
        String family,
        String postScriptName,
        int weight,
        boolean italic,
        int width,
        Design design,
        Outlines outlines,
        Path path,
        int collectionIndex,
        Coverage coverage) {

    /** Whether letters end in serifs; UNKNOWN when neither the name nor the OS/2 table says. */
    public enum Design {
        SERIF,
        SANS,
        UNKNOWN
    }

    /** How glyphs are drawn: quadratic TrueType ({@code glyf}) or PostScript ({@code CFF }, {@code CFF2}). */
    public enum Outlines {
        TRUETYPE,
        CFF
    }

    public InstalledFont {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(postScriptName, "postScriptName");
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(outlines, "outlines");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(coverage, "coverage");
    }

    /** The file's name, e.g. {@code wqy-zenhei.ttc}. */
    public String fileName() {
        return String.valueOf(path.getFileName());
    }

    public boolean covers(int codePoint) {
        return coverage.covers(codePoint);
    }

    public boolean bold() {
        return weight >= 600;
    }

    /**
     * Whether the engine can embed this font as a subset: PDFBox 3 subsets TrueType outlines only; it
     * refuses to subset an OpenType font with CFF outlines.
     */
    public boolean embeddable() {
        return outlines == Outlines.TRUETYPE;
    }

    /**
     * The font as the bytes of a standalone TrueType file, ready for the engine's parser and subsetter:
     * the file itself, or the member copied out of its collection ({@link CollectionMember}).
     *
     * @throws IllegalStateException for a font with CFF outlines, which the engine cannot embed
     * @throws UncheckedIOException when the file cannot be read
     */
    public byte[] readTrueType() {
        if (!embeddable()) {
            throw new IllegalStateException(describe() + " has CFF outlines, which PDFBox cannot embed as a subset");
        }
        try {
            return collectionIndex < 0 ? Files.readAllBytes(path) : CollectionMember.extract(path, collectionIndex);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + describe(), e);
        }
    }

    /** For messages: {@code WenQuanYi Zen Hei (wqy-zenhei.ttc #0)}. */
    public String describe() {
        return family + " (" + fileName() + (collectionIndex < 0 ? "" : " #" + collectionIndex) + ")";
    }
}
