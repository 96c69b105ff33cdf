package dev.brief.core.xml;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The one way Brief parses XML and XHTML: namespace-aware, and without fetching or expanding anything from
 * outside the text (no external DTD, entity, schema or XInclude), so a hostile document read back by
 * {@code brief:check} cannot make the parser read a local file.
 */
public final class XmlReader {
    /**
     * Errors reach the caller as the exception alone. Without a handler the JDK's parser also prints each one
     * to standard error ("[Fatal Error] :1:8: …"), in the build log and in the user's console.
     */
    private static final ErrorHandler THROWING = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {
            // A warning (a redeclared entity, say) does not stop the parse and has no reader to go to.
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    };

    private XmlReader() {}

    /** Parses {@code xml}; a DOCTYPE is allowed (XHTML carries {@code <!DOCTYPE html>}) but never acted on. */
    public static Document parse(String xml) throws SAXException, IOException {
        return parse(new InputSource(new StringReader(xml)));
    }

    public static Document parse(InputSource source) throws SAXException, IOException {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(THROWING);
            return builder.parse(source);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a standard feature", e);
        }
    }

    /**
     * A streaming reader over {@code xml}, for reading a large document once without building its tree. A
     * DOCTYPE is skipped, never read; no entity outside the text is resolved.
     */
    public static XMLStreamReader stream(String xml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external resource " + systemId + " is not read");
        });
        return factory.createXMLStreamReader(new StringReader(xml));
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        // The JDK's own parser, not whichever one the class path offers: EPUBCheck brings an old Xerces that
        // rejects the access properties. Secure processing alone still lets an entity read a local file, hence
        // every switch below.
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }
}
