package dev.brief.html;

import dev.brief.core.xml.XmlReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.w3c.dom.Document;
import org.xhtmlrenderer.swing.Java2DRenderer;
import org.xml.sax.SAXException;

/**
 * Renders an XHTML document to PNG bytes with Flying Saucer. The same document gives the same bytes: the
 * fonts are the JRE's logical fonts, and ImageIO's PNG writer adds no time or other chunk of its own.
 */
final class Rasterizer {
    private Rasterizer() {}

    static byte[] png(String xhtml, int width, int height) {
        Java2DRenderer renderer = new Java2DRenderer(parse(xhtml), width, height);
        BufferedImage image = renderer.getImage();
        // Flying Saucer paints on a transparent ARGB canvas; a cover has no transparency, so drop the alpha.
        BufferedImage opaque = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D graphics = opaque.createGraphics();
        try {
            graphics.setColor(java.awt.Color.WHITE);
            graphics.fillRect(0, 0, width, height);
            graphics.drawImage(image, 0, 0, null);
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(opaque, "png", png)) {
                throw new IllegalStateException("this Java runtime has no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
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
