package dev.brief.pdf.document;

import dev.brief.pdf.document.CompressedFile.UnsupportedDocumentException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;

/**
 * The indirect objects of a document and their numbers, chosen as PDFBox 3.0's {@code COSWriterCompressionPool}
 * chooses them when it saves with object streams: level by level from the catalog and the information
 * dictionary, every dictionary and array not marked direct becomes an object, numbered in the order met;
 * streams and the catalog are written at the top level, the rest go into object streams. Only for documents
 * built in memory: an object that already has a number (a parsed document) or is reached through a {@link
 * COSObject} is refused with {@link UnsupportedDocumentException}, and so is encryption.
 */
final class ObjectNumbers {

    /** Sized for a long brief's objects, so that the maps are not rehashed as they fill. */
    private static final int EXPECTED_OBJECTS = 4096;

    private final Map<COSBase, Long> numbers = new IdentityHashMap<>(EXPECTED_OBJECTS);
    private final List<COSBase> topLevel = new ArrayList<>();
    private final List<COSBase> compressed = new ArrayList<>();
    /** Dictionaries and arrays whose values have been queued already (PDFBox's "all direct objects"). */
    private final Set<COSBase> queued = Collections.newSetFromMap(new IdentityHashMap<>(EXPECTED_OBJECTS));
    private final COSDictionary catalog;
    private long highest;

    ObjectNumbers(COSDocument document) throws UnsupportedDocumentException {
        COSDictionary trailer = document.getTrailer();
        if (trailer.getDictionaryObject(COSName.ENCRYPT) != null) {
            throw new UnsupportedDocumentException("encryption");
        }
        highest = document.getHighestXRefObjectNumber();
        catalog = trailer.getCOSDictionary(COSName.ROOT);
        List<COSBase> level = new ArrayList<>();
        if (catalog != null) {
            level.add(catalog);
        }
        COSDictionary info = trailer.getCOSDictionary(COSName.INFO);
        if (info != null) {
            level.add(info);
        }
        while (!level.isEmpty()) {
            List<COSBase> next = new ArrayList<>();
            for (COSBase base : level) {
                visit(base, next);
            }
            level = next;
        }
    }

    /** The object's number, or -1 when it is written where it is used. */
    long number(COSBase base) {
        if (!(base instanceof COSDictionary) && !(base instanceof COSArray)) {
            return -1;
        }
        Long number = numbers.get(base);
        return number == null ? -1 : number;
    }

    /** Streams and the catalog, in number order. */
    List<COSBase> topLevel() {
        return topLevel;
    }

    /** The objects that go into object streams, in number order. */
    List<COSBase> compressed() {
        return compressed;
    }

    /** The highest number given. */
    long highest() {
        return highest;
    }

    private void visit(COSBase base, List<COSBase> next) throws UnsupportedDocumentException {
        if (base instanceof COSObject) {
            throw new UnsupportedDocumentException("indirect object wrapper");
        }
        if (!base.isDirect() && (base instanceof COSDictionary || base instanceof COSArray)) {
            add(base);
        }
        if (base instanceof COSArray) {
            queue(((COSArray) base).toList(), next);
        } else if (base instanceof COSDictionary) {
            queue(((COSDictionary) base).getValues(), next);
        }
    }

    private void add(COSBase base) throws UnsupportedDocumentException {
        if (base.getKey() != null) {
            throw new UnsupportedDocumentException("object numbered before");
        }
        if (numbers.containsKey(base)) {
            return;
        }
        numbers.put(base, ++highest);
        if (base instanceof COSStream || base == catalog) {
            topLevel.add(base);
        } else {
            compressed.add(base);
        }
    }

    /** Arrays are queued every time they are met, dictionaries once, as PDFBox does. */
    private void queue(Collection<? extends COSBase> values, List<COSBase> next) throws UnsupportedDocumentException {
        for (COSBase value : values) {
            if (value instanceof COSObject) {
                throw new UnsupportedDocumentException("indirect object wrapper");
            }
            if (value instanceof COSArray || value instanceof COSDictionary && !queued.contains(value)) {
                queued.add(value);
                next.add(value);
            }
        }
    }
}
