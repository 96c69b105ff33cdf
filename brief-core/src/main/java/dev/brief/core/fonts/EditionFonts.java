package dev.brief.core.fonts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The fonts the HTML and EPUB editions carry, so they look like the PDF: the faces themselves and, for the
 * two roles the editions set type in (serif text, sans headings and labels), the families in the order a
 * CSS {@code font-family} stack names them. One family per script is the intended shape: the house's or the
 * bundled Latin family first, then, say, a family for Arabic the PDF falls back to, each subset to the
 * characters it covers; the browser takes each character from the first family in the stack that has it.
 * The writers add generic fallbacks of their own after these families.
 *
 * @param serifFamilies the families of body text, first choice first
 * @param sansFamilies the families of headings and labels, first choice first
 * @param faces every face of those families that the editions embed; each family and weight-and-style once
 */
public record EditionFonts(List<String> serifFamilies, List<String> sansFamilies, List<WebFont> faces) {
    private static final EditionFonts NONE = new EditionFonts(List.of(), List.of(), List.of());

    public EditionFonts {
        serifFamilies = List.copyOf(serifFamilies);
        sansFamilies = List.copyOf(sansFamilies);
        faces = List.copyOf(faces);
        Set<String> named = new HashSet<>(serifFamilies);
        named.addAll(sansFamilies);
        Set<String> files = new HashSet<>();
        for (WebFont face : faces) {
            if (!named.contains(face.family())) {
                throw new IllegalArgumentException(face + " belongs to no family of the serif or sans stack");
            }
            if (!files.add(face.fileName())) {
                throw new IllegalArgumentException("two faces would share the file " + face.fileName());
            }
        }
    }

    /** No fonts: the editions name their fallback families and embed nothing. */
    public static EditionFonts none() {
        return NONE;
    }

    public boolean isEmpty() {
        return faces.isEmpty();
    }

    /** These fonts with another family (another script's, say) last in the serif stack, and its faces. */
    public EditionFonts withSerifFamily(String family, List<WebFont> familyFaces) {
        return new EditionFonts(append(serifFamilies, family), sansFamilies, append(faces, familyFaces));
    }

    /** These fonts with another family last in the sans stack, and its faces. */
    public EditionFonts withSansFamily(String family, List<WebFont> familyFaces) {
        return new EditionFonts(serifFamilies, append(sansFamilies, family), append(faces, familyFaces));
    }

    private static <T> List<T> append(List<T> list, T element) {
        return append(list, List.of(element));
    }

    private static <T> List<T> append(List<T> list, List<T> more) {
        List<T> joined = new ArrayList<>(list);
        joined.addAll(more);
        return List.copyOf(joined);
    }
}
