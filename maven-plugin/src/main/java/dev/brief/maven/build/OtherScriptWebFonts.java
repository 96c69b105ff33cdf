package dev.brief.maven.build;

import dev.brief.core.fonts.EditionFonts;
import dev.brief.core.fonts.WebFont;
import dev.brief.core.model.Brief;
import dev.brief.html.HtmlOptions;
import dev.brief.html.WebFontSubsetter;
import dev.brief.pdf.PdfWriter;
import dev.brief.pdf.fonts.Face;
import dev.brief.pdf.fonts.FontLibrary;
import dev.brief.pdf.fonts.Typeface;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The system fonts the PDF falls back to for scripts its families lack (Noto Naskh Arabic, WenQuanYi Zen Hei …),
 * added to the web fonts of the HTML and EPUB, so that a reader without them sees the brief as the PDF shows it.
 * The same library picks them as for the PDF, for the regular and bold serif and sans faces; a family joins
 * the serif stack, the sans stack or both, after the edition's own families, with each weight it has.
 * Italics are left to the browser to slant, as the scripts concerned rarely have them.
 */
public final class OtherScriptWebFonts {
    private static final List<Face> FACES =
            List.of(Face.SERIF_REGULAR, Face.SERIF_BOLD, Face.SANS_REGULAR, Face.SANS_BOLD);
    /** A font that goes whole is the same web font for every brief: read once per process. */
    private static final Map<Typeface, WebFont> WHOLE = new ConcurrentHashMap<>();

    private OtherScriptWebFonts() {}

    public static EditionFonts add(EditionFonts fonts, Brief brief, HtmlOptions options) {
        return add(fonts, brief, options, WebFontSubsetter.shownCharacters(brief, options));
    }

    /** As above, with the brief's {@code WebFontSubsetter.shownCharacters} already known. */
    static EditionFonts add(EditionFonts fonts, Brief brief, HtmlOptions options, SortedSet<Integer> characters) {
        FontLibrary library = PdfWriter.fontLibrary(options.style());
        StringBuilder shown = new StringBuilder();
        characters.forEach(shown::appendCodePoint);
        String language = brief.metadata().language();

        Map<Typeface, Use> uses = new LinkedHashMap<>();
        for (Face face : FACES) {
            library.fallbacksUsed(face, shown, language).forEach((typeface, codePoints) -> {
                Use use = uses.computeIfAbsent(typeface, unused -> new Use());
                use.codePoints.addAll(codePoints);
                use.serif |= face.serif();
                use.sans |= !face.serif();
            });
        }
        Map<String, Family> families = new LinkedHashMap<>();
        for (Map.Entry<Typeface, Use> entry : uses.entrySet()) {
            Use use = entry.getValue();
            Typeface typeface = entry.getKey();
            WebFont face = WebFontSubsetter.needsLayoutTables(use.codePoints)
                    ? WHOLE.computeIfAbsent(typeface, whole -> otherScriptFace(whole, use.codePoints))
                    : otherScriptFace(typeface, use.codePoints);
            Family family = families.computeIfAbsent(face.family(), unused -> new Family());
            if (family.faces.stream().noneMatch(known -> known.weight() == face.weight())) {
                family.faces.add(face);
            }
            family.serif |= use.serif;
            family.sans |= use.sans;
        }
        EditionFonts added = fonts;
        for (Map.Entry<String, Family> entry : families.entrySet()) {
            Family family = entry.getValue();
            // Each face once: with the serif family when it serves both stacks.
            if (family.serif) {
                added = added.withSerifFamily(entry.getKey(), family.faces);
            }
            if (family.sans) {
                added = added.withSansFamily(entry.getKey(), family.serif ? List.of() : family.faces);
            }
        }
        return added;
    }

    private static WebFont otherScriptFace(Typeface typeface, SortedSet<Integer> codePoints) {
        return WebFontSubsetter.otherScriptFace(typeface.source().key(), typeface::trueType, codePoints);
    }

    /** What one fallback font draws, and for which stacks. */
    private static final class Use {
        final SortedSet<Integer> codePoints = new TreeSet<>();
        boolean serif;
        boolean sans;
    }

    /** The faces of one family, and the stacks that name it. */
    private static final class Family {
        final List<WebFont> faces = new ArrayList<>();
        boolean serif;
        boolean sans;
    }
}
