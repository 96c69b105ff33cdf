package dev.brief.pdf.layout;

import dev.brief.core.language.Labels;
import dev.brief.core.model.Brief;
import dev.brief.pdf.fonts.Face;
import dev.brief.pdf.fonts.FontSet;
import dev.brief.pdf.images.ImageLoader;
import dev.brief.pdf.text.GlyphLayout;
import dev.brief.pdf.text.RunDirection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What every layouter of one brief shares: the brief, the scale, the setters, and the headings seen so far. */
final class LayoutContext {
    final Brief brief;
    /** The words the PDF prints or announces itself, in the brief's language. */
    final Labels labels;

    final Typography typography;
    final Geometry geometry;
    /** Where positions a layouter chooses itself fall in the brief's direction; the same as geometry's. */
    final Mirror mirror;

    final FontSet fonts;
    /** Fallback fonts, bidi and shaping for the brief's language: what the painter draws with too. */
    final GlyphLayout glyphs;

    final ParagraphSetter paragraphs;
    final ImageLoader images;
    final List<Heading> headings = new ArrayList<>();
    final Map<String, Integer> sourceOrder = new HashMap<>();
    /**
     * Text set under an element id that the page map may not name (a quotation's attribution, under the
     * quote's id): the innermost text-bearing position just before it, where a page starting there begins.
     */
    final Map<String, PageMapBuilder.Position> pageStartsAfter = new HashMap<>();

    LayoutContext(
            Brief brief,
            Labels labels,
            Typography typography,
            Geometry geometry,
            FontSet fonts,
            GlyphLayout glyphs,
            ImageLoader images) {
        this.brief = brief;
        this.labels = labels;
        this.typography = typography;
        this.geometry = geometry;
        this.mirror = geometry.mirror();
        this.fonts = fonts;
        this.glyphs = glyphs;
        this.paragraphs =
                new ParagraphSetter(fonts.library(), brief.metadata().language(), typography.accent, sourceOrder);
        this.images = images;
    }

    /** The width of a label as the painter draws it: in the direction of its first strong character. */
    float width(Face face, float size, String text) {
        return glyphs.width(face, size, text, 0, text.length(), RunDirection.FIRST_STRONG);
    }
}
