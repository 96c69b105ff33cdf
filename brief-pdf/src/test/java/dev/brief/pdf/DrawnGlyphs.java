package dev.brief.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;

/** The glyph ids shown inside each /ActualText span of a page, read from its content stream. */
final class DrawnGlyphs {
    private DrawnGlyphs() {}

    static Map<String, List<Integer>> byActualText(byte[] pdf, int pageNumber) throws IOException {
        Map<String, List<Integer>> spans = new LinkedHashMap<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFStreamParser parser = new PDFStreamParser(document.getPage(pageNumber - 1));
            List<Object> operands = new ArrayList<>();
            List<Integer> open = null;
            for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
                if (!(token instanceof Operator)) {
                    operands.add(token);
                    continue;
                }
                String name = ((Operator) token).getName();
                if (name.equals("BDC") && operands.get(operands.size() - 1) instanceof COSDictionary) {
                    COSDictionary properties = (COSDictionary) operands.get(operands.size() - 1);
                    String actual = properties.getString(COSName.getPDFName("ActualText"));
                    if (actual != null) {
                        open = new ArrayList<>();
                        spans.put(actual, open);
                    }
                } else if (name.equals("EMC")) {
                    open = null;
                } else if (open != null && (name.equals("TJ") || name.equals("Tj"))) {
                    for (Object operand : operands) {
                        collect(operand, open);
                    }
                }
                operands.clear();
            }
        }
        return spans;
    }

    private static void collect(Object operand, List<Integer> glyphs) {
        if (operand instanceof COSString) {
            byte[] codes = ((COSString) operand).getBytes();
            for (int i = 0; i + 1 < codes.length; i += 2) {
                glyphs.add((codes[i] & 0xFF) << 8 | codes[i + 1] & 0xFF);
            }
        } else if (operand instanceof COSArray) {
            for (COSBase item : (COSArray) operand) {
                collect(item, glyphs);
            }
        }
    }
}
