package dev.brief.maven.check;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of each marked-content sequence of a page, by MCID. A sequence's ActualText replaces its glyphs
 * (a hyphenated word is read whole). Glyphs are joined with a space where the gap between them is wider
 * than a third of a space, or where the line changes, since layout engines rarely draw space glyphs.
 */
final class MarkedContentTexts {
    private MarkedContentTexts() {}

    static Map<Integer, String> of(PDPage page) throws IOException {
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
        extractor.processPage(page);
        Map<Integer, String> texts = new HashMap<>();
        collect(extractor.getMarkedContents(), texts);
        return texts;
    }

    private static void collect(List<PDMarkedContent> sequences, Map<Integer, String> texts) {
        for (PDMarkedContent sequence : sequences) {
            if (sequence.getMCID() >= 0) {
                texts.merge(sequence.getMCID(), text(sequence), String::concat);
            } else {
                for (Object content : sequence.getContents()) {
                    if (content instanceof PDMarkedContent nested) {
                        collect(List.of(nested), texts);
                    }
                }
            }
        }
    }

    private static String text(PDMarkedContent sequence) {
        if (sequence.getActualText() != null) {
            return sequence.getActualText();
        }
        StringBuilder text = new StringBuilder();
        TextPosition previous = null;
        for (Object content : sequence.getContents()) {
            if (content instanceof TextPosition glyph) {
                if (previous != null && gapBetween(previous, glyph)) {
                    text.append(' ');
                }
                text.append(glyph.getUnicode());
                previous = glyph;
            } else if (content instanceof PDMarkedContent nested) {
                text.append(text(nested));
                previous = null;
            }
        }
        return text.toString();
    }

    private static boolean gapBetween(TextPosition previous, TextPosition next) {
        if (Math.abs(next.getYDirAdj() - previous.getYDirAdj()) > previous.getHeightDir() / 2) {
            return true;
        }
        float gap = next.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj());
        float space = previous.getWidthOfSpace() > 0 ? previous.getWidthOfSpace() : previous.getFontSizeInPt() / 4;
        return gap > space / 3 && !previous.getUnicode().isBlank() && !next.getUnicode().isBlank();
    }
}
