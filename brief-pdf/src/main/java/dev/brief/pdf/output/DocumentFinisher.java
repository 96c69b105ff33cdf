package dev.brief.pdf.output;

import dev.brief.core.house.PdfStandard;
import dev.brief.core.language.TextDirection;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Document-level requirements: PDF 1.7 header, /Lang (PDF/UA-1 7.2), MarkInfo (7.1), the title shown in the
 * window (DisplayDocTitle, 7.1), the page progression of a right-to-left brief, XMP with pdfuaid and pdfaid
 * (PDF/UA-1 5, PDF/A-2 6.6), the sRGB output intent (PDF/A-2 6.2.3) and dates from the build timestamp, so the
 * same input gives the same bytes (the /ID: {@link DocumentIdentifier}). Under PDF/UA-2: the PDF 2.0
 * header and the PDF/UA-2 and PDF/A-4 identification.
 */
final class DocumentFinisher {
    private DocumentFinisher() {}

    public static void finish(PDDocument document, DocumentDescription description, PdfStandard standard)
            throws IOException {
        // The header itself: PDDocument.setVersion only writes the catalog /Version for files above 1.4.
        // PDF/UA-2 and PDF/A-4 are PDF 2.0 (ISO 14289-2 5, ISO 19005-4 6.1.2).
        document.getDocument().setVersion(standard == PdfStandard.UA1 ? 1.7f : 2.0f);
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        if (standard != PdfStandard.UA1) {
            // PDF/A-4 6.1.12: a catalog /Version, when present, is exactly "2.n".
            catalog.setVersion("2.0");
        }
        catalog.setLanguage(description.language());
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        if (TextDirection.of(description.language()).isRightToLeft()) {
            // Pages side by side are shown right to left, as a right-to-left book is bound (ISO 32000-1 12.2).
            preferences.setReadingDirection(PDViewerPreferences.READING_DIRECTION.R2L);
        }
        catalog.setViewerPreferences(preferences);

        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        date.setTimeInMillis(description.timestamp().toEpochMilli());
        PDDocumentInformation information = new PDDocumentInformation();
        information.setTitle(description.title());
        information.setProducer(DocumentDescription.PRODUCER);
        information.setCreator(DocumentDescription.PRODUCER);
        information.setCreationDate(date);
        information.setModificationDate(date);
        if (standard == PdfStandard.UA1) {
            document.setDocumentInformation(information);
        } else {
            // PDF/A-4 6.1.3: no document information dictionary; the XMP packet alone describes the file.
            document.getDocument().getTrailer().removeItem(COSName.INFO);
        }

        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(XmpPacket.of(description, standard));
        catalog.setMetadata(metadata);

        PDOutputIntent intent = srgbIntent(document);
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
    }

    /**
     * The output intent with the sRGB profile, as {@code new PDOutputIntent(document, profile)} makes it but
     * without parsing and compressing the same profile for every document.
     */
    private static PDOutputIntent srgbIntent(PDDocument document) throws IOException {
        COSDictionary dictionary = new COSDictionary();
        dictionary.setItem(COSName.TYPE, COSName.OUTPUT_INTENT);
        dictionary.setItem(COSName.S, COSName.GTS_PDFA1);
        PDStream profile = new PDStream(document);
        StreamCompressor.storeCompressed(profile.getCOSObject(), SrgbProfile.COMPRESSED);
        profile.getCOSObject().setInt(COSName.N, SrgbProfile.COMPONENTS);
        dictionary.setItem(COSName.DEST_OUTPUT_PROFILE, profile);
        return new PDOutputIntent(dictionary);
    }

    /** The Java runtime's sRGB profile, compressed once per process at zlib's default level, as PDFBox does. */
    private static final class SrgbProfile {
        static final byte[] COMPRESSED;
        static final int COMPONENTS;

        static {
            ICC_Profile srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB);
            byte[] data = srgb.getData();
            COMPRESSED = StreamCompressor.compress(data, data.length, Deflater.DEFAULT_COMPRESSION);
            COMPONENTS = srgb.getNumComponents();
        }
    }
}
