package dev.brief.pdf.layout;

import dev.brief.pdf.tag.Artifact;
import dev.brief.pdf.tag.MarkedContent;
import dev.brief.pdf.tag.PageCanvas;
import dev.brief.pdf.text.Face;
import dev.brief.pdf.text.FontSet;
import dev.brief.pdf.text.RunDirection;

/**
 * Running header (short title at the start edge, publisher at the end edge) from page two on and the page
 * number at the end edge of the footer: pagination artifacts (ISO 32000-1 14.8.2.2.2), so they are not read as
 * content. The start edge is the left for a left-to-right brief, the right for a right-to-left one; the pages
 * have no facing-page logic, so every page number sits at the same edge.
 */
final class Furniture {
    private final FontSet fonts;
    private final Typography type;
    private final Geometry geometry;
    private final String runningTitle;
    private final String publisher;

    Furniture(FontSet fonts, Typography type, Geometry geometry, String runningTitle, String publisher) {
        this.fonts = fonts;
        this.type = type;
        this.geometry = geometry;
        this.runningTitle = runningTitle;
        this.publisher = publisher;
    }

    void paint(PageCanvas canvas, int number) {
        TextStyle style = type.furniture;
        float height = geometry.pageHeight();
        float left = geometry.fullX();
        float right = geometry.fullRight();
        if (number > 1) {
            float headerBaseline = height - 44;
            try (MarkedContent header = canvas.open(Artifact.RUNNING_HEADER)) {
                float titleWidth = TextPainter.width(fonts, style.face(), style.size(), runningTitle,
                        RunDirection.FIRST_STRONG);
                TextPainter.show(header, fonts, style.face(), style.size(), style.color(), atStart(titleWidth),
                        headerBaseline, runningTitle, RunDirection.FIRST_STRONG);
                if (!publisher.isEmpty()) {
                    float width = TextPainter.width(fonts, style.face(), style.size(), publisher,
                            RunDirection.FIRST_STRONG);
                    TextPainter.show(header, fonts, style.face(), style.size(), style.color(), atEnd(width),
                            headerBaseline, publisher, RunDirection.FIRST_STRONG);
                }
            }
            try (MarkedContent rule = canvas.open(Artifact.RULE)) {
                rule.line(Typography.HAIRLINE, 0.5f, left, headerBaseline - 6, right, headerBaseline - 6);
            }
        }
        String label = Integer.toString(number);
        TextStyle numberStyle = style.withFace(Face.SANS_BOLD).withColor(type.accent);
        float width = fonts.metrics(numberStyle.face()).width(label, 8.5f);
        try (MarkedContent footer = canvas.open(Artifact.PAGE_NUMBER)) {
            footer.text(fonts.font(numberStyle.face()), 8.5f, numberStyle.color(), atEnd(width), 36, label);
        }
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
