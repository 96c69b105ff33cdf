package dev.brief.pdf.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * The trailer /ID (ISO 32000-1 14.4, required by PDF/A-2 6.1.3 and PDF/A-4 6.1.3) from the document's content,
 * not from the clock. PDFBox derives the /ID it writes from a number it takes from the current time unless the
 * document carries one ({@link PDDocument#setDocumentId}); that number is set here to the first eight bytes of
 * the SHA-256 of what makes the file what it is: every page's content stream, the fonts embedded for it, and
 * the XMP metadata (title, authors, language, dates). PDFBox digests it again with the Info dictionary, so two
 * briefs that differ in a word, a font or the build time get different IDs and one brief gets the same one.
 */
final class DocumentIdentifier {
    private DocumentIdentifier() {}

    /** Sets the number PDFBox derives the /ID from; the pages, fonts and metadata must be final. */
    static void seed(PDDocument document) throws IOException {
        MessageDigest digest = sha256();
        try (DigestOutputStream sink = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
            for (PDPage page : document.getPages()) {
                COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
                if (contents instanceof COSStream stream) {
                    copyRaw(stream, sink);
                }
                PDResources resources = page.getResources();
                if (resources != null) {
                    for (COSName name : resources.getFontNames()) {
                        fontPrograms(resources.getCOSObject(), name, sink);
                    }
                }
            }
            PDMetadata metadata = document.getDocumentCatalog().getMetadata();
            if (metadata != null) {
                copyRaw(metadata.getCOSObject(), sink);
            }
        }
        document.setDocumentId(ByteBuffer.wrap(digest.digest()).getLong());
    }

    /** The font program of a page's font {@code name}, or of each descendant of a composite font. */
    private static void fontPrograms(COSDictionary resources, COSName name, OutputStream sink) throws IOException {
        COSDictionary fonts = resources.getCOSDictionary(COSName.FONT);
        COSDictionary font = fonts == null ? null : fonts.getCOSDictionary(name);
        if (font == null) {
            return;
        }
        var descendants = font.getCOSArray(COSName.DESCENDANT_FONTS);
        if (descendants != null) {
            for (COSBase descendant : descendants) {
                if (descendant.getCOSObject() instanceof COSDictionary child) {
                    fontProgram(child, sink);
                }
            }
        }
        fontProgram(font, sink);
    }

    private static void fontProgram(COSDictionary font, OutputStream sink) throws IOException {
        COSDictionary descriptor = font.getCOSDictionary(COSName.FONT_DESC);
        if (descriptor == null) {
            return;
        }
        for (COSName key : new COSName[] {COSName.FONT_FILE, COSName.FONT_FILE2, COSName.FONT_FILE3}) {
            if (descriptor.getDictionaryObject(key) instanceof COSStream program) {
                copyRaw(program, sink);
            }
        }
    }

    /** The stream's bytes as stored (compressed): the same content always compresses to the same bytes here. */
    private static void copyRaw(COSStream stream, OutputStream sink) throws IOException {
        try (InputStream raw = stream.createRawInputStream()) {
            raw.transferTo(sink);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
