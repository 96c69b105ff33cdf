package dev.brief.pdf.output;

import dev.brief.core.house.PdfStandard;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The XMP metadata packet, written as text so that every byte is ours: xmpbox has no PDF/UA identification
 * schema, and PDF/A-2 (6.6.2.3) requires a non-predefined schema such as pdfuaid to be described by a PDF/A
 * extension schema, which is easiest to read and to keep stable as plain XML.
 */
final class XmpPacket {
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private XmpPacket() {}

    static byte[] of(DocumentDescription description, PdfStandard standard) {
        boolean ua1 = standard == PdfStandard.UA1;
        String date = DATE.format(description.timestamp());
        StringBuilder xml = new StringBuilder();
        xml.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        xml.append("  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("   <dc:format>application/pdf</dc:format>\n")
                .append("   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">")
                .append(escape(description.title()))
                .append("</rdf:li></rdf:Alt></dc:title>\n");
        if (!description.creators().isEmpty()) {
            xml.append("   <dc:creator><rdf:Seq>");
            for (String creator : description.creators()) {
                xml.append("<rdf:li>").append(escape(creator)).append("</rdf:li>");
            }
            xml.append("</rdf:Seq></dc:creator>\n");
        }
        if (!description.description().isEmpty()) {
            xml.append("   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">")
                    .append(escape(description.description()))
                    .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        xml.append("   <dc:language><rdf:Bag><rdf:li>")
                .append(escape(description.language()))
                .append("</rdf:li></rdf:Bag></dc:language>\n");
        subjects(xml, description.keywords());
        xml.append("  </rdf:Description>\n");
        xml.append("  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
                .append("   <xmp:CreateDate>")
                .append(date)
                .append("</xmp:CreateDate>\n")
                .append("   <xmp:ModifyDate>")
                .append(date)
                .append("</xmp:ModifyDate>\n")
                .append("   <xmp:MetadataDate>")
                .append(date)
                .append("</xmp:MetadataDate>\n")
                .append("   <xmp:CreatorTool>")
                .append(DocumentDescription.PRODUCER)
                .append("</xmp:CreatorTool>\n")
                .append("  </rdf:Description>\n");
        xml.append("  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
                .append("   <pdf:Producer>")
                .append(DocumentDescription.PRODUCER)
                .append("</pdf:Producer>\n")
                .append("  </rdf:Description>\n");
        xml.append("  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n");
        if (ua1) {
            xml.append("   <pdfaid:part>2</pdfaid:part>\n").append("   <pdfaid:conformance>A</pdfaid:conformance>\n");
        } else {
            // PDF/A-4 (ISO 19005-4, 6.7.3.3) has no conformance level, but names its revision year.
            xml.append("   <pdfaid:part>4</pdfaid:part>\n").append("   <pdfaid:rev>2020</pdfaid:rev>\n");
        }
        xml.append("  </rdf:Description>\n");
        xml.append("  <rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n");
        if (ua1) {
            xml.append("   <pdfuaid:part>1</pdfuaid:part>\n");
        } else {
            // PDF/UA-2 (ISO 14289-2, 6.1): part 2 and the year of its revision.
            xml.append("   <pdfuaid:part>2</pdfuaid:part>\n").append("   <pdfuaid:rev>2024</pdfuaid:rev>\n");
        }
        xml.append("  </rdf:Description>\n");
        if (!ua1) {
            // WTPDF 1.0, 6.1.3: a PDF Declaration that the file is well-tagged for accessibility.
            xml.append("  <rdf:Description rdf:about=\"\" xmlns:pdfd=\"http://pdfa.org/declarations/\">\n")
                    .append("   <pdfd:declarations><rdf:Bag><rdf:li rdf:parseType=\"Resource\">")
                    .append("<pdfd:conformsTo>http://pdfa.org/declarations/wtpdf#accessibility1.0</pdfd:conformsTo>")
                    .append("</rdf:li></rdf:Bag></pdfd:declarations>\n")
                    .append("  </rdf:Description>\n");
        }
        if (ua1) {
            // PDF/A-4 describes pdfuaid without an extension schema; PDF/A-2 needs one.
            extensionSchema(xml);
        }
        xml.append(" </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void subjects(StringBuilder xml, List<String> keywords) {
        if (keywords.isEmpty()) {
            return;
        }
        xml.append("   <dc:subject><rdf:Bag>");
        for (String keyword : keywords) {
            xml.append("<rdf:li>").append(escape(keyword)).append("</rdf:li>");
        }
        xml.append("</rdf:Bag></dc:subject>\n");
    }

    /** Describes the pdfuaid schema for PDF/A validators (ISO 19005-2, 6.6.2.3.2). */
    private static void extensionSchema(StringBuilder xml) {
        xml.append("  <rdf:Description rdf:about=\"\"")
                .append(" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
                .append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"")
                .append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n")
                .append("   <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n")
                .append("    <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n")
                .append("    <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n")
                .append("    <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n")
                .append("    <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n")
                .append("     <pdfaProperty:name>part</pdfaProperty:name>\n")
                .append("     <pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n")
                .append("     <pdfaProperty:category>internal</pdfaProperty:category>\n")
                .append("     <pdfaProperty:description>Part of ISO 14289 the file conforms to")
                .append("</pdfaProperty:description>\n")
                .append("    </rdf:li></rdf:Seq></pdfaSchema:property>\n")
                .append("   </rdf:li></rdf:Bag></pdfaExtension:schemas>\n")
                .append("  </rdf:Description>\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
