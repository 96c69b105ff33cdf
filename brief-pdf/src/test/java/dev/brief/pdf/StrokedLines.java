package dev.brief.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The straight lines stroked on each page (rules), read back with PDFBox's graphics engine: rules are
 * artifacts, so the structure tree does not show them. x grows rightwards from the page's left edge.
 */
final class StrokedLines {
    /** A stroked segment and the line width it was drawn with; y grows upwards, as in PDF user space. */
    record Segment(int page, float x1, float y1, float x2, float y2, float lineWidth) {
        boolean vertical() {
            return Math.abs(x1 - x2) < 0.01f && Math.abs(y1 - y2) > 0.01f;
        }

        boolean horizontal() {
            return Math.abs(y1 - y2) < 0.01f && Math.abs(x1 - x2) > 0.01f;
        }

        float left() {
            return Math.min(x1, x2);
        }

        float right() {
            return Math.max(x1, x2);
        }
    }

    private StrokedLines() {}

    static List<Segment> of(byte[] pdf) throws IOException {
        List<Segment> segments = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int index = 0; index < document.getNumberOfPages(); index++) {
                new Collector(document.getPage(index), index + 1, segments).processPage(document.getPage(index));
            }
        }
        return segments;
    }

    /** Keeps the segments of the current path and records them when the path is stroked. */
    private static final class Collector extends PDFGraphicsStreamEngine {
        private final int page;
        private final List<Segment> into;
        private final List<Point2D[]> path = new ArrayList<>();
        private Point2D current;

        Collector(PDPage pdPage, int page, List<Segment> into) {
            super(pdPage);
            this.page = page;
            this.into = into;
        }

        @Override
        public void moveTo(float x, float y) {
            current = getGraphicsState().getCurrentTransformationMatrix().transformPoint(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            Point2D to = getGraphicsState().getCurrentTransformationMatrix().transformPoint(x, y);
            path.add(new Point2D[] {current, to});
            current = to;
        }

        @Override
        public void strokePath() {
            float width = getGraphicsState().getLineWidth();
            for (Point2D[] segment : path) {
                into.add(new Segment(
                        page,
                        (float) segment[0].getX(),
                        (float) segment[0].getY(),
                        (float) segment[1].getX(),
                        (float) segment[1].getY(),
                        width));
            }
            path.clear();
        }

        @Override
        public void endPath() {
            path.clear();
        }

        @Override
        public void fillPath(int windingRule) {
            path.clear();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            strokePath();
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            // Rectangles are fills (panels, bullets), not rules.
        }

        @Override
        public void drawImage(PDImage pdImage) {}

        @Override
        public void clip(int windingRule) {}

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            current = getGraphicsState().getCurrentTransformationMatrix().transformPoint(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {}

        @Override
        public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {}
    }
}
