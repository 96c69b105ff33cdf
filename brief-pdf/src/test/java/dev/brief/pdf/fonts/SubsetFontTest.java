package dev.brief.pdf.fonts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.brief.pdf.OneArtifactPage;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A face embedded by {@link SubsetFont} is what PDFBox's own Type 0 embedding writes for the same text:
 * the same subset program, widths, CIDToGIDMap, CIDSet, ToUnicode map and descriptor, entry for entry and
 * decoded byte for byte.
 */
class SubsetFontTest {
    /** Accented letters drawn as composites, punctuation outside ASCII, a ligature, a zero-width space. */
    private static final String TEXT = "Civic data trusts, 2026: “accountable” — naïve façade, Åland & 37 % ﬁ\u200Bx";

    @Test
    void embedsWhatPdfboxEmbedsForTheSameText() throws IOException {
        for (Face face : new Face[] {Face.SERIF_REGULAR, Face.SERIF_BOLD_ITALIC, Face.SANS_SEMIBOLD}) {
            String ours = fontObjects(ours(face, TEXT));
            String pdfbox = fontObjects(pdfbox(face, TEXT));
            assertThat(ours)
                    .as(face.name())
                    .isEqualTo(pdfbox)
                    .contains("{FontFile2}")
                    .contains("{ToUnicode}");
        }
    }

    @Test
    void textExtractsAsWritten() throws IOException {
        try (PDDocument document = Loader.loadPDF(ours(Face.SANS_REGULAR, "Résumé — “final” Å"))) {
            assertThat(new PDFTextStripper().getText(document).strip()).isEqualTo("Résumé — “final” Å");
        }
    }

    @Test
    void encodesGlyphIdsAndRefusesCharactersWithoutAGlyph() throws IOException {
        try (PDDocument document = new PDDocument()) {
            SubsetFont font = new FontSet(document, FontLibrary.bundled()).font(Face.SERIF_REGULAR);
            FontProgram program = FontLibrary.bundled().program(Face.SERIF_REGULAR);
            int glyph = program.glyphId('a');
            assertThat(font.encode("aa")).containsExactly(glyph >> 8, glyph & 0xFF, glyph >> 8, glyph & 0xFF);
            assertThatThrownBy(() -> font.encode("信"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("U+4FE1");
        }
    }

    private static byte[] ours(Face face, String text) throws IOException {
        return OneArtifactPage.pdf(
                FontLibrary.bundled(),
                (content, fonts) -> content.text(fonts.font(face), 11, Color.BLACK, 72, 700, text));
    }

    /** PDFBox's embedding of the same font file: parsed for the document, subset when saving. */
    private static byte[] pdfbox(Face face, String text) throws IOException {
        try (PDDocument document = new PDDocument()) {
            TrueTypeFont parsed = new TTFParser()
                    .parse(new RandomAccessReadBuffer(FontLibrary.bundled().fontFile(face)));
            parsed.setEnableGsub(false);
            PDType0Font font = PDType0Font.load(document, parsed, true);
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 11);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            return save(document);
        }
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    /**
     * The page's font resources as text: every dictionary in order, every stream as its entries but /Length
     * and the digest of its decoded data.
     */
    private static String fontObjects(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            StringBuilder dump = new StringBuilder();
            dump(document.getPage(0).getResources().getCOSObject().getDictionaryObject(COSName.FONT), dump);
            return dump.toString();
        }
    }

    private static void dump(COSBase object, StringBuilder out) throws IOException {
        if (object instanceof COSObject) {
            dump(((COSObject) object).getObject(), out);
        } else if (object instanceof COSStream) {
            // What a stream decodes to, not its compressed form: we compress at another level than PDFBox.
            COSStream stream = (COSStream) object;
            COSDictionary entries = new COSDictionary(stream);
            entries.removeItem(COSName.LENGTH);
            dumpEntries(entries, out);
            try (InputStream data = stream.createInputStream()) {
                out.append(" stream ").append(digest(data.readAllBytes()));
            }
        } else if (object instanceof COSDictionary) {
            dumpEntries((COSDictionary) object, out);
        } else if (object instanceof COSArray) {
            out.append('[');
            for (COSBase element : (COSArray) object) {
                dump(element, out);
                out.append(' ');
            }
            out.append(']');
        } else {
            out.append(object);
        }
    }

    private static void dumpEntries(COSDictionary dictionary, StringBuilder out) throws IOException {
        out.append("<<");
        for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
            out.append(entry.getKey()).append(' ');
            dump(entry.getValue(), out);
            out.append('\n');
        }
        out.append(">>");
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
