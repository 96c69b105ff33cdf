package dev.brief.pdf.inspect;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Finds painting operators (text showing, path painting, XObjects, shadings, inline images) outside every
 * marked-content sequence, and tagged sequences (those with an MCID) nested inside other tagged ones: PDF/UA-1
 * 7.1 wants each mark to be either real content in exactly one tagged sequence or an artifact. A sequence
 * without an MCID inside a tagged one (a {@code /Span} carrying the {@code /ActualText} of a shaped run) is
 * part of its content, not a second tag.
 */
final class UnmarkedPaintFinder {
    private static final Set<String> PAINTING =
            Set.of("Tj", "TJ", "'", "\"", "f", "F", "f*", "B", "B*", "b", "b*", "S", "s", "Do", "sh", "BI");

    private UnmarkedPaintFinder() {}

    static List<String> find(PDDocument document) throws IOException {
        List<String> problems = new ArrayList<>();
        int number = 0;
        for (PDPage page : document.getPages()) {
            number++;
            // Whether each open sequence is tagged, innermost last.
            Deque<Boolean> open = new ArrayDeque<>();
            Object operand = null;
            PDFStreamParser parser = new PDFStreamParser(page);
            for (Object token : parser.parse()) {
                if (!(token instanceof Operator)) {
                    operand = token;
                    continue;
                }
                String name = ((Operator) token).getName();
                if (name.equals("BDC") || name.equals("BMC")) {
                    boolean tagged = name.equals("BDC")
                            && operand instanceof COSDictionary properties
                            && properties.containsKey(COSName.MCID);
                    if (tagged && open.contains(Boolean.TRUE)) {
                        problems.add("page " + number + ": nested marked content");
                    }
                    open.addLast(tagged);
                } else if (name.equals("EMC")) {
                    open.pollLast();
                } else if (open.isEmpty() && PAINTING.contains(name)) {
                    problems.add("page " + number + ": " + name);
                }
            }
        }
        return problems;
    }
}
