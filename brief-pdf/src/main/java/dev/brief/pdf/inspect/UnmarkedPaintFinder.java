package dev.brief.pdf.inspect;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Finds painting operators (text showing, path painting, XObjects, shadings, inline images) outside every
 * marked-content sequence, and tagged sequences nested inside others: PDF/UA-1 7.1 wants each mark to be
 * either real content in exactly one tagged sequence or an artifact.
 */
final class UnmarkedPaintFinder {
    private static final Set<String> PAINTING = Set.of("Tj", "TJ", "'", "\"", "f", "F", "f*", "B", "B*", "b", "b*",
            "S", "s", "Do", "sh", "BI");

    private UnmarkedPaintFinder() {}

    static List<String> find(PDDocument document) throws IOException {
        List<String> problems = new ArrayList<>();
        int number = 0;
        for (PDPage page : document.getPages()) {
            number++;
            int depth = 0;
            PDFStreamParser parser = new PDFStreamParser(page);
            for (Object token : parser.parse()) {
                if (!(token instanceof Operator)) {
                    continue;
                }
                String name = ((Operator) token).getName();
                if (name.equals("BDC") || name.equals("BMC")) {
                    depth++;
                    if (depth > 1) {
                        problems.add("page " + number + ": nested marked content");
                    }
                } else if (name.equals("EMC")) {
                    depth--;
                } else if (depth == 0 && PAINTING.contains(name)) {
                    problems.add("page " + number + ": " + name);
                }
            }
        }
        return problems;
    }
}
