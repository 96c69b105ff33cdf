package dev.brief.pdf.inspect;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of each marked-content sequence of a page, by MCID. A nested sequence with /ActualText (shaped or
 * reordered glyphs) reads as its actual text, in its place in the sequence around it.
 */
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
        String text = text(content, texts);
        if (content.getMCID() >= 0) {
            texts.merge(content.getMCID(), text, String::concat);
        }
    }

    /** The text a sequence shows, its nested sequences without an MCID included; those with one go apart. */
    private static String text(PDMarkedContent content, Map<Integer, String> texts) {
        if (content.getActualText() != null) {
            return content.getActualText();
        }
        StringBuilder text = new StringBuilder();
        List<Object> contents = content.getContents();
        for (Object item : contents) {
            if (item instanceof TextPosition) {
                text.append(((TextPosition) item).getUnicode());
            } else if (item instanceof PDMarkedContent) {
                PDMarkedContent nested = (PDMarkedContent) item;
                if (nested.getMCID() >= 0) {
                    collect(nested, texts);
                } else {
                    text.append(text(nested, texts));
                }
            }
        }
        return text.toString();
    }
}
