package dev.brief.epub;

import dev.brief.core.model.Brief;
import dev.brief.html.Flavor;
import dev.brief.html.HtmlOptions;
import dev.brief.html.HtmlWriter;
import dev.brief.pictures.PictureRenderer;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a brief as an EPUB 3 (EPUB 3.3, EPUB Accessibility 1.1 at WCAG 2.2 AA): a cover page with the
 * generated cover image, the whole brief as one XHTML content document from the HTML writer (so notes and
 * their references sit in the same document, which lets reading systems show notes as pop-ups), a navigation
 * document with contents, landmarks and the PDF edition's page list, and the accessibility metadata.
 * The same brief and options give the same bytes.
 */
public final class EpubWriter {
    private EpubWriter() {}

    public static void write(Brief brief, EpubOptions options, OutputStream out) throws IOException {
        HtmlOptions html = new HtmlOptions(
                options.baseDirectory(), options.style(), Flavor.EPUB, options.pageMap(), options.fonts());
        String content = HtmlWriter.xhtmlDocument(brief, html);
        // A build that also publishes the cover picture has rendered it already.
        byte[] cover = options.coverPng().orElseGet(() -> PictureRenderer.cover(brief, options.style()));
        EpubPackager.pack(
                brief,
                options,
                content,
                HtmlWriter.outline(brief, html),
                cover,
                PictureRenderer.coverDescription(brief, options.style()),
                out);
    }
}
