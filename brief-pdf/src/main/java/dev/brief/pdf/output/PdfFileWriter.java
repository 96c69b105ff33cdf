package dev.brief.pdf.output;

import dev.brief.core.house.PdfStandard;
import dev.brief.core.model.Brief;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The last step of the output stage: sets what PDF/A-2a and PDF/UA-1 ask of the document as a whole
 * ({@link DocumentFinisher}), seeds the /ID PDFBox writes with a digest of its content
 * ({@link DocumentIdentifier}) and saves it with PDFBox.
 */
public final class PdfFileWriter {
    private PdfFileWriter() {}

    /** The bytes of the finished file of {@code brief}, built at {@code timestamp}; pages, tags and fonts done. */
    public static byte[] finishAndSave(PDDocument document, Brief brief, Instant timestamp) throws IOException {
        return finishAndSave(document, brief, timestamp, PdfStandard.UA1);
    }

    /** The bytes of the finished file, written to {@code standard}'s version and identification. */
    public static byte[] finishAndSave(PDDocument document, Brief brief, Instant timestamp, PdfStandard standard)
            throws IOException {
        DocumentFinisher.finish(document, DocumentDescription.of(brief, timestamp), standard);
        DocumentIdentifier.seed(document);
        return saved(document);
    }

    /**
     * The file as PDFBox saves it with object streams and a cross-reference stream (ISO 32000-1 7.5.7, 7.5.8),
     * in memory, so that nothing reaches {@code out} unless the whole file was written.
     */
    private static byte[] saved(PDDocument document) throws IOException {
        // Most briefs are a few hundred KB; 256 KB stays below G1's humongous-object size for 1 MB regions.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 18);
        document.save(bytes, CompressParameters.DEFAULT_COMPRESSION);
        return bytes.toByteArray();
    }
}
