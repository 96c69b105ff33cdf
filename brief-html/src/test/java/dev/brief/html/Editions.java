package dev.brief.html;

import dev.brief.core.model.Brief;
import dev.brief.core.xml.XmlReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

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
            return XmlReader.parse(markup);
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }
}
