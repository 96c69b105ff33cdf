package dev.brief.html;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xhtmlrenderer.swing.Java2DRenderer;
import org.xml.sax.InputSource;
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
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            // The JDK's own parser, not whichever one the classpath offers (EPUBCheck brings an old Xerces
            // that rejects the access properties). XHTML carries <!DOCTYPE html>, so a DOCTYPE is allowed, but
            // nothing it declares is fetched or expanded: secure processing alone still lets an entity read
            // a local file.
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(new InputSource(new StringReader(xhtml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("the writer produced XHTML that does not parse", e);
        }
    }
}
