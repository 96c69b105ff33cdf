package dev.brief.pictures;

import dev.brief.core.xml.XmlReader;
import java.io.IOException;
import org.w3c.dom.Document;
import org.xhtmlrenderer.swing.Java2DRenderer;
import org.xml.sax.SAXException;

/**
 * Renders an XHTML document to PNG bytes with Flying Saucer. The same document gives the same bytes: the
 * fonts are the JRE's logical fonts, and {@link PngEncoder} writes no time or other chunk of its own.
 */
final class Rasterizer {
    private Rasterizer() {}

    static byte[] png(String xhtml, int width, int height) {
        Java2DRenderer renderer = new Java2DRenderer(parse(xhtml), width, height);
        return PngEncoder.encode(renderer.getImage());
    }

    /** Parses our own XHTML without fetching anything: no DTD, no external entities. */
    private static Document parse(String xhtml) {
        try {
            return XmlReader.parse(xhtml);
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("the writer produced XHTML that does not parse", e);
        }
    }
}
