package dev.brief.pdf.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/** What real briefs rarely hold, written as PDFBox writes it; and the documents left to PDFBox. */
class CompressedFileEdgeCasesTest {

    @Test
    void everyKindOfValueIsWrittenAsPdfBoxWritesIt() throws IOException {
        assertSameAsPdfBox(CompressedFileEdgeCasesTest::everyKindOfValue);
    }

    @Test
    void moreThanTwoHundredObjectsFillSeveralObjectStreams() throws IOException {
        assertSameAsPdfBox(() -> {
            PDDocument document = withId(SaveCompressingDocument.create());
            for (int i = 0; i < 450; i++) {
                PDPage page = new PDPage();
                page.getCOSObject().setInt(COSName.getPDFName("Index"), i);
                document.addPage(page);
            }
            return document;
        });
    }

    @Test
    void aDocumentWithoutAnIdIsLeftToPdfBox() throws IOException {
        PDDocument document = SaveCompressingDocument.create();
        assertThatThrownBy(() -> CompressedFile.write(document))
                .isInstanceOf(CompressedFile.UnsupportedDocumentException.class);
        // PDFBox then makes an /ID of the clock, so the bytes differ run to run; the file is PDFBox's.
        byte[] saved = CompressedFile.save(document);
        document.close();
        try (PDDocument parsed = Loader.loadPDF(saved)) {
            assertThat(parsed.getDocument().getTrailer().getCOSArray(COSName.ID)).hasSize(2);
            assertThat(parsed.getNumberOfPages()).isZero();
        }
    }

    @Test
    void aParsedDocumentIsLeftToPdfBox() throws IOException {
        byte[] file = pdfBox(everyKindOfValue());
        try (PDDocument parsed = Loader.loadPDF(file); PDDocument again = Loader.loadPDF(file)) {
            assertThatThrownBy(() -> CompressedFile.write(parsed))
                    .isInstanceOf(CompressedFile.UnsupportedDocumentException.class);
            assertThat(CompressedFile.save(parsed)).isEqualTo(pdfBox(again));
        }
    }

    /** Names and strings that need escaping, numbers, booleans, null, nested and long arrays, empty streams. */
    private static PDDocument everyKindOfValue() {
        PDDocument document = withId(SaveCompressingDocument.create());
        document.addPage(new PDPage());
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        COSArray longArray = new COSArray();
        for (int i = 0; i < 25; i++) {
            longArray.add(i % 3 == 0 ? COSInteger.get(-i * 1000L) : new COSFloat(i / 7f));
        }
        longArray.setDirect(true);
        catalog.setItem(COSName.getPDFName("Long"), longArray);
        COSDictionary inline = new COSDictionary();
        inline.setDirect(true);
        inline.setItem(COSName.getPDFName("A b#c/(d)"), new COSString(new byte[] {0, (byte) 0xFF, 13, 10}));
        inline.setString(COSName.getPDFName("Text"), "paren ( ) and \\ backslash, caf\u00e9");
        inline.setItem(COSName.getPDFName("True"), COSBoolean.TRUE);
        inline.setItem(COSName.getPDFName("Null"), COSNull.NULL);
        COSArray nested = new COSArray();
        nested.add(new COSArray());
        nested.add(COSBoolean.FALSE);
        nested.add(COSName.getPDFName("\u00e9t\u00e9 \t"));
        nested.setDirect(true);
        inline.setItem(COSName.getPDFName("Nested"), nested);
        catalog.setItem(COSName.getPDFName("Inline"), inline);
        COSDictionary shared = new COSDictionary();
        shared.setFloat(COSName.getPDFName("Half"), 0.5f);
        COSArray twice = new COSArray();
        twice.add(shared);
        twice.add(shared);
        twice.add(null);
        catalog.setItem(COSName.getPDFName("Twice"), twice);
        COSStream empty = document.getDocument().createCOSStream();
        catalog.setItem(COSName.getPDFName("Empty"), empty);
        COSStream data = document.getDocument().createCOSStream();
        try (OutputStream out = data.createOutputStream(COSName.FLATE_DECODE)) {
            out.write("some data\r\n".repeat(50).getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        COSDictionary withResources = new COSDictionary();
        withResources.setItem(COSName.RESOURCES, new COSDictionary());
        data.setItem(COSName.getPDFName("Form"), withResources);
        catalog.setItem(COSName.getPDFName("Data"), data);
        COSDictionary info = new COSDictionary();
        info.setString(COSName.TITLE, "A title");
        document.getDocument().getTrailer().setItem(COSName.INFO, info);
        return document;
    }

    private static PDDocument withId(PDDocument document) {
        COSArray id = new COSArray();
        id.add(new COSString(new byte[16]));
        id.add(new COSString(new byte[16]));
        document.getDocument().getTrailer().setItem(COSName.ID, id);
        return document;
    }

    private static void assertSameAsPdfBox(Supplier<PDDocument> build) throws IOException {
        try (PDDocument ours = build.get(); PDDocument theirs = build.get()) {
            byte[] written;
            try {
                written = CompressedFile.write(ours);
            } catch (CompressedFile.UnsupportedDocumentException e) {
                throw new AssertionError(e);
            }
            assertThat(new String(written, StandardCharsets.ISO_8859_1))
                    .isEqualTo(new String(pdfBox(theirs), StandardCharsets.ISO_8859_1));
        }
    }

    private static byte[] pdfBox(PDDocument document) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        document.save(bytes);
        return bytes.toByteArray();
    }
}
