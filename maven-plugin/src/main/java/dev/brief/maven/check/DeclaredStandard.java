package dev.brief.maven.check;

import dev.brief.check.PdfFlavour;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The standards a PDF says it meets, read from the PDF/UA identification in its XMP metadata (ISO 14289-1 5,
 * ISO 14289-2 6.1): {@code pdfuaid:part} 2 means PDF/UA-2, which Brief writes with PDF/A-4 and WTPDF 1.0; anything
 * else, or nothing, is checked as PDF/UA-1 with PDF/A-2a, the default edition.
 */
final class DeclaredStandard {
    private static final String PDFUA_ID = "http://www.aiim.org/pdfua/ns/id/";

    private DeclaredStandard() {}

    /** The profiles veraPDF checks {@code pdf} against, in report order. */
    static List<PdfFlavour> flavours(Path pdf) {
        return pdfUaPart(pdf) == 2
                ? List.of(PdfFlavour.PDF_UA_2, PdfFlavour.PDF_A_4, PdfFlavour.WTPDF_1_0_ACCESSIBILITY)
                : List.of(PdfFlavour.PDF_UA_1, PdfFlavour.PDF_A_2A);
    }

    /** The declared PDF/UA part, or 0 when the file cannot be read or declares none. */
    static int pdfUaPart(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDMetadata metadata = document.getDocumentCatalog().getMetadata();
            if (metadata == null) {
                return 0;
            }
            try (InputStream xmp = metadata.exportXMPMetadata()) {
                return part(xmp);
            }
        } catch (IOException | SAXException | ParserConfigurationException | NumberFormatException e) {
            // veraPDF, run next, reports an unreadable file or metadata in its own words.
            return 0;
        }
    }

    /** XMP writes a simple property as an element or as an attribute of its rdf:Description; both are read. */
    private static int part(InputStream xmp) throws IOException, SAXException, ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(xmp);
        NodeList elements = document.getElementsByTagNameNS(PDFUA_ID, "part");
        if (elements.getLength() > 0) {
            return Integer.parseInt(elements.item(0).getTextContent().strip());
        }
        NodeList descriptions = document.getElementsByTagNameNS("*", "Description");
        for (int i = 0; i < descriptions.getLength(); i++) {
            String value = ((Element) descriptions.item(i)).getAttributeNS(PDFUA_ID, "part");
            if (!value.isEmpty()) {
                return Integer.parseInt(value.strip());
            }
        }
        return 0;
    }
}
