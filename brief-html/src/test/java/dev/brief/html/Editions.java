package dev.brief.html;

import dev.brief.core.model.Brief;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.xml.sax.InputSource;

/** Writes editions and parses them back, as a browser (jsoup) and as an XML reader would. */
final class Editions {
    private Editions() {}

    static String printEdition(Brief brief, HtmlOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            HtmlWriter.writePrintEdition(brief, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Parsed by the HTML5 algorithm, as a browser does. */
    static Document html(String markup) {
        return Jsoup.parse(markup);
    }

    /** Parsed as namespace-aware XML; throws if the markup is not well-formed. */
    static org.w3c.dom.Document xml(String markup) {
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
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(markup)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }
}
