package dev.brief.html;

import dev.brief.core.model.Brief;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes a brief as semantic HTML: the print edition (one self-contained file) and the XHTML content
 * document of the EPUB. Both come from the same renderers, so the two editions cannot drift apart.
 */
public final class HtmlWriter {
    private HtmlWriter() {}

    /**
     * Writes the print edition: one HTML5 file, well-formed as XML, with its screen and print style sheets
     * inline and its images embedded, so it can be mailed, archived or printed as it is. The flavour in
     * {@code options} is ignored: the print edition is always {@link Flavor#PRINT}.
     */
    public static void writePrintEdition(Brief brief, HtmlOptions options, OutputStream out) throws IOException {
        HtmlOptions print = options.withFlavor(Flavor.PRINT);
        String css = StyleSheets.accentNote(print.style()) + StyleSheets.printEdition(brief, print);
        String html = new DocumentRenderer(new RenderContext(brief, print)).document(css, false);
        out.write(html.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * An XHTML document of the brief. With {@link Flavor#EPUB} it is an EPUB 3 content document: it declares
     * the {@code epub} namespace, marks notes, references, back links, page breaks and the colophon with
     * {@code epub:type}, and refers to each image by its source path (relative to the brief's folder), which
     * the EPUB must hold at the same path relative to this document. With {@link Flavor#PRINT} it is the print
     * edition's markup with an XML declaration.
     */
    public static String xhtmlDocument(Brief brief, HtmlOptions options) {
        String css = options.flavor() == Flavor.EPUB
                ? StyleSheets.epub(options)
                : StyleSheets.accentNote(options.style()) + StyleSheets.printEdition(brief, options);
        return new DocumentRenderer(new RenderContext(brief, options)).document(css, true);
    }

    /**
     * The print edition as one XHTML page laid out for a screen {@code width} pixels wide (the preview style
     * sheet: page markers not drawn, margins in proportion), for a picture of its first page. Images are
     * embedded whatever the flavour in {@code options}.
     */
    public static String previewDocument(Brief brief, HtmlOptions options, int width) {
        HtmlOptions print = options.withFlavor(Flavor.PRINT);
        String css = StyleSheets.preview(print.style(), width, width * 3 / 40);
        return new DocumentRenderer(new RenderContext(brief, print)).document(css, true);
    }

    /**
     * What links into {@link #xhtmlDocument} with the same options must target: its headings, page break
     * markers, endnotes and body matter, and the images it shows. Taken from the model and the writer's own
     * naming, so the EPUB navigation is built without reading the document back.
     */
    public static DocumentOutline outline(Brief brief, HtmlOptions options) {
        return DocumentOutliner.outline(brief, options);
    }
}
