package dev.brief.pdf.layout;

import dev.brief.pdf.tag.Artifact;
import dev.brief.pdf.tag.MarkedContent;
import dev.brief.pdf.tag.PageCanvas;
import dev.brief.pdf.text.Face;
import dev.brief.pdf.text.FontSet;
import dev.brief.pdf.text.RunDirection;

/**
 * Running header (short title, series) and footer (page number) from page two on: pagination artifacts
 * (ISO 32000-1 14.8.2.2.2), so they are not read as content.
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
        float right = geometry.pageWidth() - Geometry.MARGIN_OUTER;
        if (number > 1) {
            float headerBaseline = height - 44;
            try (MarkedContent header = canvas.open(Artifact.RUNNING_HEADER)) {
                TextPainter.show(header, fonts, style.face(), style.size(), style.color(), geometry.sideX(),
                        headerBaseline, runningTitle, RunDirection.FIRST_STRONG);
                if (!publisher.isEmpty()) {
                    float width = TextPainter.width(fonts, style.face(), style.size(), publisher,
                            RunDirection.FIRST_STRONG);
                    TextPainter.show(header, fonts, style.face(), style.size(), style.color(), right - width,
                            headerBaseline, publisher, RunDirection.FIRST_STRONG);
                }
            }
            try (MarkedContent rule = canvas.open(Artifact.RULE)) {
                rule.line(Typography.HAIRLINE, 0.5f, geometry.sideX(), headerBaseline - 6, right, headerBaseline - 6);
            }
        }
        String label = Integer.toString(number);
        TextStyle numberStyle = style.withFace(Face.SANS_BOLD).withColor(type.accent);
        float width = fonts.metrics(numberStyle.face()).width(label, 8.5f);
        try (MarkedContent footer = canvas.open(Artifact.PAGE_NUMBER)) {
            footer.text(fonts.font(numberStyle.face()), 8.5f, numberStyle.color(), right - width, 36, label);
        }
    }
}
