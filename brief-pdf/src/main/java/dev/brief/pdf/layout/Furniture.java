package dev.brief.pdf.layout;

import dev.brief.pdf.fonts.Face;
import dev.brief.pdf.fonts.FontSet;
import dev.brief.pdf.tag.Artifact;
import dev.brief.pdf.text.GlyphLayout;
import dev.brief.pdf.text.RunDirection;

/**
 * Running header (short title at the start edge, publisher at the end edge) from page two on and the page
 * number at the end edge of the footer: pagination artifacts (ISO 32000-1 14.8.2.2.2), so they are not read as
 * content. The start edge is the left for a left-to-right brief, the right for a right-to-left one; the pages
 * have no facing-page logic, so every page number sits at the same edge. Laid out as one row per page, placed
 * at the page's top left corner and drawn before the page's content.
 */
final class Furniture {
    /** The header's baseline and the page number's, from the page top and bottom. */
    private static final float HEADER_BASELINE = 44;

    private static final float RULE_BELOW_HEADER = 6;
    private static final float NUMBER_BASELINE = 36;
    private static final float NUMBER_SIZE = 8.5f;
    private final FontSet fonts;
    private final GlyphLayout glyphs;
    private final Typography type;
    private final Geometry geometry;
    private final String runningTitle;
    private final String publisher;

    Furniture(
            FontSet fonts,
            GlyphLayout glyphs,
            Typography type,
            Geometry geometry,
            String runningTitle,
            String publisher) {
        this.fonts = fonts;
        this.glyphs = glyphs;
        this.type = type;
        this.geometry = geometry;
        this.runningTitle = runningTitle;
        this.publisher = publisher;
    }

    /** The furniture of page {@code number}, in page coordinates (y from the page top). */
    Row row(int number) {
        TextStyle style = type.furniture;
        Row row = new Row(0, 0);
        if (number > 1) {
            float titleWidth = width(style, runningTitle);
            row.add(new Mark.Text(
                    Artifact.RUNNING_HEADER,
                    runningTitle,
                    style.face(),
                    style.size(),
                    style.color(),
                    atStart(titleWidth),
                    HEADER_BASELINE,
                    null,
                    0));
            if (!publisher.isEmpty()) {
                row.add(new Mark.Text(
                        Artifact.RUNNING_HEADER,
                        publisher,
                        style.face(),
                        style.size(),
                        style.color(),
                        atEnd(width(style, publisher)),
                        HEADER_BASELINE,
                        null,
                        0));
            }
            float rule = HEADER_BASELINE + RULE_BELOW_HEADER;
            row.add(new Mark.Rule(
                    Artifact.RULE, Typography.HAIRLINE, 0.5f, geometry.fullX(), rule, geometry.fullRight(), rule));
        }
        String label = Integer.toString(number);
        float width = fonts.metrics(Face.SANS_BOLD).width(label, NUMBER_SIZE);
        row.add(new Mark.Text(
                Artifact.PAGE_NUMBER,
                label,
                Face.SANS_BOLD,
                NUMBER_SIZE,
                type.accent,
                atEnd(width),
                geometry.pageHeight() - NUMBER_BASELINE,
                null,
                0,
                RunDirection.LEFT_TO_RIGHT));
        return row;
    }

    private float width(TextStyle style, String text) {
        return glyphs.width(style.face(), style.size(), text, 0, text.length(), RunDirection.FIRST_STRONG);
    }

    /** The x of text {@code width} wide flush with the start edge of the text area (the left, left to right). */
    private float atStart(float width) {
        return geometry.mirror().rightToLeft() ? geometry.fullRight() - width : geometry.fullX();
    }

    /** The x of text {@code width} wide flush with the end edge of the text area (the right, left to right). */
    private float atEnd(float width) {
        return geometry.mirror().rightToLeft() ? geometry.fullX() : geometry.fullRight() - width;
    }
}
