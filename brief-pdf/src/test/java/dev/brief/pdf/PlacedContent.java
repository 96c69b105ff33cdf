package dev.brief.pdf;

import dev.brief.pdf.inspect.TagNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Where the text of structure elements and of the page furniture was drawn, read back with PDFBox: the
 * horizontal extent of the visible glyphs of each marked-content sequence, and every glyph of each page with
 * its position. x grows rightwards from the page's left edge, y downwards from its top.
 */
final class PlacedContent {
    /** The horizontal extent of some glyphs. */
    record Extent(float left, float right) {
        static final Extent NONE = new Extent(Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY);

        Extent union(Extent other) {
            return new Extent(Math.min(left, other.left), Math.max(right, other.right));
        }

        boolean isEmpty() {
            return left > right;
        }

        float centre() {
            return (left + right) / 2;
        }
    }

    /** One glyph drawn on a page (1-based). */
    record Glyph(int page, String text, float x, float y) {}

    private final Map<Integer, Map<Integer, Extent>> sequences = new HashMap<>();
    private final List<Glyph> glyphs = new ArrayList<>();
    private final float pageWidth;

    private PlacedContent(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pageWidth = document.getPage(0).getMediaBox().getWidth();
            for (int index = 0; index < document.getNumberOfPages(); index++) {
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(document.getPage(index));
                Map<Integer, Extent> extents = new HashMap<>();
                for (PDMarkedContent content : extractor.getMarkedContents()) {
                    collect(content, extents);
                }
                sequences.put(index + 1, extents);
            }
            GlyphCollector collector = new GlyphCollector(glyphs);
            collector.getText(document);
        }
    }

    static PlacedContent of(byte[] pdf) throws IOException {
        return new PlacedContent(pdf);
    }

    float pageWidth() {
        return pageWidth;
    }

    /** Where the visible text of an element and of everything in it was drawn. */
    Extent extent(TagNode.Element element) {
        Extent extent = Extent.NONE;
        for (TagNode kid : element.kids()) {
            if (kid instanceof TagNode.Element child) {
                extent = extent.union(extent(child));
            } else if (kid instanceof TagNode.Content content) {
                extent = extent.union(sequences.get(content.page()).getOrDefault(content.mcid(), Extent.NONE));
            }
        }
        return extent;
    }

    /** Every glyph of a page. */
    List<Glyph> glyphs(int page) {
        return glyphs.stream().filter(glyph -> glyph.page() == page).toList();
    }

    private static void collect(PDMarkedContent content, Map<Integer, Extent> extents) {
        Extent extent = Extent.NONE;
        for (Object item : content.getContents()) {
            if (item instanceof TextPosition position && !position.getUnicode().isBlank()) {
                extent = extent.union(
                        new Extent(position.getXDirAdj(), position.getXDirAdj() + position.getWidthDirAdj()));
            } else if (item instanceof PDMarkedContent inner) {
                collect(inner, extents);
            }
        }
        if (content.getMCID() >= 0 && !extent.isEmpty()) {
            extents.merge(content.getMCID(), extent, Extent::union);
        }
    }

    /** Gathers every glyph the text stripper sees, artifacts included. */
    private static final class GlyphCollector extends PDFTextStripper {
        private final List<Glyph> into;

        GlyphCollector(List<Glyph> into) throws IOException {
            this.into = into;
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            into.add(new Glyph(getCurrentPageNo(), text.getUnicode(), text.getXDirAdj(), text.getYDirAdj()));
        }
    }
}
