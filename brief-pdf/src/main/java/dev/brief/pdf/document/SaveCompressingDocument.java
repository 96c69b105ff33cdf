package dev.brief.pdf.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A document whose streams, when PDFBox fills them through the FlateDecode filter, are deflated at
 * {@link StreamCompressor#LEVEL} rather than zlib's default. That is what PDFBox does when saving: it builds the
 * object streams and the cross-reference stream (ISO 32000-1 7.5.7, 7.5.8) from {@link #createCOSStream()}.
 * Their level is otherwise a JVM-wide system property of PDFBox's {@code FlateFilter}, which a library must not
 * set, and at the default level deflating them was a tenth of writing a catalogue brief. What the streams
 * decode to is unchanged. ({@link CompressedFile} now builds those two itself, at the same level; this still
 * serves any stream PDFBox fills through FlateDecode, and the documents {@link CompressedFile} leaves to PDFBox.)
 */
public final class SaveCompressingDocument extends COSDocument {
    private final List<COSStream> streams = new ArrayList<>();

    private SaveCompressingDocument() {
        super(IOUtils.createMemoryOnlyStreamCache());
    }

    /** An empty document, set up as {@code new PDDocument()} sets one up: trailer, catalog, page tree. */
    public static PDDocument create() {
        COSDocument document = new SaveCompressingDocument();
        COSDictionary trailer = new COSDictionary();
        document.setTrailer(trailer);
        COSDictionary catalog = new COSDictionary();
        trailer.setItem(COSName.ROOT, catalog);
        catalog.setItem(COSName.TYPE, COSName.CATALOG);
        catalog.setItem(COSName.VERSION, COSName.getPDFName("1.4"));
        COSDictionary pages = new COSDictionary();
        catalog.setItem(COSName.PAGES, pages);
        pages.setItem(COSName.TYPE, COSName.PAGES);
        pages.setItem(COSName.KIDS, new COSArray());
        pages.setItem(COSName.COUNT, COSInteger.ZERO);
        return new PDDocument(document);
    }

    @Override
    public COSStream createCOSStream() {
        COSStream stream = new LevelledStream();
        streams.add(stream);
        return stream;
    }

    @Override
    public void close() throws IOException {
        try {
            super.close();
        } finally {
            for (COSStream stream : streams) {
                stream.close();
            }
        }
    }

    /** A stream that deflates what is written through FlateDecode with {@link StreamCompressor} on close. */
    private static final class LevelledStream extends COSStream {
        @Override
        public OutputStream createOutputStream(COSBase filters) throws IOException {
            if (!COSName.FLATE_DECODE.equals(filters)) {
                return super.createOutputStream(filters);
            }
            // Set now, as PDFBox does, so that the dictionary's keys keep their order.
            setItem(COSName.FILTER, filters);
            return new ByteArrayOutputStream() {
                private boolean stored;

                @Override
                public void close() throws IOException {
                    if (!stored) {
                        stored = true;
                        StreamCompressor.store(LevelledStream.this, buf, count);
                    }
                }
            };
        }
    }
}
