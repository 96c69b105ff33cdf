package dev.brief.pdf;

import dev.brief.pdf.fonts.FontLibrary;
import dev.brief.pdf.fonts.FontSet;
import dev.brief.pdf.tag.Artifact;
import dev.brief.pdf.tag.MarkedContent;
import dev.brief.pdf.tag.PageCanvas;
import dev.brief.pdf.tag.TagTree;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * A one-page PDF for tests of text drawing and font embedding: whatever a drawing paints, marked as a
 * background artifact, with the fonts it used embedded as subsets, saved to bytes.
 */
public final class OneArtifactPage {
    private OneArtifactPage() {}

    /** Paints on the page; may also look at the font set before its subsets are embedded. */
    @FunctionalInterface
    public interface Drawing {
        void draw(MarkedContent content, FontSet fonts) throws IOException;
    }

    public static byte[] pdf(FontLibrary library, Drawing drawing) throws IOException {
        try (PDDocument document = new PDDocument()) {
            FontSet fonts = new FontSet(document, library);
            PDPage page = new PDPage();
            document.addPage(page);
            try (PageCanvas canvas = new TagTree().newPage(document, page);
                    MarkedContent content = canvas.open(Artifact.BACKGROUND)) {
                drawing.draw(content, fonts);
            }
            fonts.embedSubsets();
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
            document.save(out);
            return out.toByteArray();
        }
    }
}
