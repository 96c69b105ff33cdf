package dev.brief.pdf.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Saves a document built in memory as the bytes PDFBox 3.0's {@code PDDocument.save} writes with its default
 * compression: the catalog and streams as top-level objects, every other object in object streams of 200
 * (ISO 32000-1 7.5.7), and a cross-reference stream (7.5.8). Same numbering ({@link ObjectNumbers}), same
 * syntax, same order, byte for byte; what differs is the cost. PDFBox serialises through locked streams, often a
 * byte per call, with a hash look-up per name and a string per number, which was a sixth of writing a brief.
 * Documents this class does not number as PDFBox would are saved by PDFBox itself.
 */
public final class CompressedFile {
    private static final int OBJECTS_PER_STREAM = CompressParameters.DEFAULT_COMPRESSION.getObjectStreamSize();
    private static final float MINIMUM_VERSION = 1.6f;
    private static final int COPY_CHUNK = 16 * 1024;
    /** The comment after the header: four bytes above 127, so that tools treat the file as binary. */
    private static final byte[] BINARY_MARK = {'%', (byte) 0xF6, (byte) 0xE4, (byte) 0xFC, (byte) 0xDF};

    /** Thrown, before anything was changed, for a document this class does not write as PDFBox would. */
    public static final class UnsupportedDocumentException extends Exception {
        private static final long serialVersionUID = 1L;

        UnsupportedDocumentException(String reason) {
            super(reason);
        }
    }

    private final PDDocument document;
    private final COSDocument cos;
    private final ObjectNumbers numbers;
    private final ByteSink out;
    private final TopLevelSyntax topLevel;
    private final CrossReferences references;
    private long highest;

    private CompressedFile(PDDocument document, ObjectNumbers numbers) {
        this.document = document;
        this.cos = document.getDocument();
        this.numbers = numbers;
        // Most briefs are a few hundred KB. A first buffer of 1 MB was a "humongous" object for G1 with 1 MB
        // regions, allocated outside the young generation and starting a concurrent cycle per brief.
        this.out = new ByteSink(1 << 18);
        this.topLevel = new TopLevelSyntax(numbers, out);
        this.highest = numbers.highest();
        this.references = new CrossReferences(highest);
    }

    /** The saved file: written here when the document allows, by {@code PDDocument.save} otherwise. */
    public static byte[] save(PDDocument document) throws IOException {
        try {
            return write(document);
        } catch (UnsupportedDocumentException e) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 18);
            document.save(bytes);
            return bytes.toByteArray();
        }
    }

    /** The saved file; fails before anything was changed when PDFBox would number or write it otherwise. */
    public static byte[] write(PDDocument document) throws IOException, UnsupportedDocumentException {
        COSDocument cos = document.getDocument();
        if (cos.isClosed()) {
            throw new IOException("Cannot save a document which has been closed");
        }
        COSBase id = cos.getTrailer().getDictionaryObject(COSName.ID);
        if (!(id instanceof COSArray) || ((COSArray) id).size() != 2) {
            throw new UnsupportedDocumentException("no file identifier");
        }
        CompressedFile file = new CompressedFile(document, new ObjectNumbers(cos));
        file.writeFile();
        return file.out.toByteArray();
    }

    private void writeFile() throws IOException {
        cos.setIsXRefStream(true);
        document.setVersion(Math.max(document.getVersion(), MINIMUM_VERSION));
        cos.setVersion(Math.max(cos.getVersion(), MINIMUM_VERSION));
        out.ascii("%PDF-" + cos.getVersion());
        out.endOfLine();
        out.write(BINARY_MARK);
        out.endOfLine();
        for (COSBase object : numbers.topLevel()) {
            writeObject(numbers.number(object), object);
        }
        List<COSBase> compressed = numbers.compressed();
        for (int first = 0; first < compressed.size(); first += OBJECTS_PER_STREAM) {
            writeObjectStream(compressed.subList(first, Math.min(compressed.size(), first + OBJECTS_PER_STREAM)));
        }
        long startXref = writeCrossReferenceStream();
        out.ascii("startxref");
        out.endOfLine();
        out.decimal(startXref);
        out.endOfLine();
        out.ascii("%%EOF");
        out.endOfLine();
        cos.setHighestXRefObjectNumber(highest);
    }

    /** Objects serialised into one stream: "number offset" pairs, then the objects (ISO 32000-1 7.5.7). */
    private void writeObjectStream(List<COSBase> objects) throws IOException {
        long streamNumber = ++highest;
        ObjectStreamSyntax syntax = new ObjectStreamSyntax(numbers);
        ByteSink header = new ByteSink(objects.size() * 12);
        for (int index = 0; index < objects.size(); index++) {
            COSBase object = objects.get(index);
            long number = numbers.number(object);
            header.decimal(number);
            header.write(' ');
            header.decimal(syntax.size());
            header.write(' ');
            syntax.object(object);
            references.add(number, CrossReferences.IN_OBJECT_STREAM, streamNumber, index);
        }
        byte[] data = new byte[header.size() + syntax.size()];
        System.arraycopy(header.array(), 0, data, 0, header.size());
        System.arraycopy(syntax.array(), 0, data, header.size(), syntax.size());
        // The dictionary's entries in the order PDFBox sets them.
        COSStream stream = cos.createCOSStream();
        stream.setItem(COSName.TYPE, COSName.OBJ_STM);
        stream.setInt(COSName.N, objects.size());
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        stream.setInt(COSName.FIRST, header.size());
        StreamCompressor.store(stream, data, data.length);
        writeObject(streamNumber, stream);
    }

    /** The cross-reference stream, its dictionary as PDFBox's {@code PDFXRefStream} builds it; returns its offset. */
    private long writeCrossReferenceStream() throws IOException {
        COSStream stream = cos.createCOSStream();
        COSDictionary trailer = cos.getTrailer();
        trailer.removeItem(COSName.PREV);
        for (Map.Entry<COSName, COSBase> item : trailer.entrySet()) {
            COSName key = item.getKey();
            if (COSName.INFO.equals(key) || COSName.ROOT.equals(key) || COSName.ENCRYPT.equals(key)
                    || COSName.ID.equals(key) || COSName.PREV.equals(key)) {
                stream.setItem(key, item.getValue());
            }
        }
        long number = ++highest;
        long offset = out.size();
        references.add(number, CrossReferences.IN_FILE, offset, 0);
        stream.setItem(COSName.TYPE, COSName.XREF);
        stream.setLong(COSName.SIZE, number + 1);
        stream.setItem(COSName.INDEX, references.index());
        int[] widths = references.widths();
        COSArray w = new COSArray();
        for (int width : widths) {
            w.add(COSInteger.get(width));
        }
        stream.setItem(COSName.W, w);
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        ByteSink data = references.data(widths);
        StreamCompressor.store(stream, data.array(), data.size());
        // PDFBox marks these direct once the stream is made, so the /ID array is written in place.
        for (Map.Entry<COSName, COSBase> item : stream.entrySet()) {
            COSName key = item.getKey();
            if (!COSName.ROOT.equals(key) && !COSName.INFO.equals(key) && !COSName.PREV.equals(key)
                    && !COSName.ENCRYPT.equals(key)) {
                item.getValue().setDirect(true);
            }
        }
        writeObject(number, stream);
        return offset;
    }

    /** A top-level object: "n 0 obj", the dictionary or stream, "endobj"; records its offset. */
    private void writeObject(long number, COSBase object) throws IOException {
        references.add(number, CrossReferences.IN_FILE, out.size(), 0);
        out.decimal(number);
        out.ascii(" 0 obj");
        out.endOfLine();
        if (object instanceof COSStream) {
            COSStream stream = (COSStream) object;
            topLevel.value(stream);
            out.ascii("stream");
            out.crlf();
            if (stream.hasData()) {
                try (InputStream data = stream.createRawInputStream()) {
                    copy(data);
                }
            }
            out.crlf();
            out.ascii("endstream");
            out.endOfLine();
        } else {
            topLevel.value(object);
        }
        out.endOfLine();
        out.ascii("endobj");
        out.endOfLine();
    }

    /** Reads the stream's data straight into the file, without a buffer per stream. */
    private void copy(InputStream data) throws IOException {
        while (true) {
            int read = data.read(out.room(COPY_CHUNK), out.size(), COPY_CHUNK);
            if (read < 0) {
                return;
            }
            out.grownTo(out.size() + read);
        }
    }
}
