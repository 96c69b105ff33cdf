package dev.brief.pdf.inspect;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/** The text of each marked-content sequence of a page, by MCID. */
final class MarkedTextReader {
    private MarkedTextReader() {}

    static Map<Integer, String> read(PDPage page) throws IOException {
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
        extractor.processPage(page);
        Map<Integer, String> texts = new HashMap<>();
        for (PDMarkedContent content : extractor.getMarkedContents()) {
            collect(content, texts);
        }
        return texts;
    }

    private static void collect(PDMarkedContent content, Map<Integer, String> texts) {
        StringBuilder text = new StringBuilder();
        List<Object> contents = content.getContents();
        for (Object item : contents) {
            if (item instanceof TextPosition) {
                text.append(((TextPosition) item).getUnicode());
            } else if (item instanceof PDMarkedContent) {
                collect((PDMarkedContent) item, texts);
            }
        }
        if (content.getMCID() >= 0) {
            texts.merge(content.getMCID(), text.toString(), String::concat);
        }
    }
}
