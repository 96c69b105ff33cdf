package dev.brief.pdf.images;

import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import java.awt.color.CMMException;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDICCBased;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A CMYK or YCCK JPEG kept as it is (DCTDecode, no second lossy encoding) in an ICCBased CMYK colour space: PDF/A-2
 * admits DeviceCMYK only under a CMYK output intent (6.2.4.3), but any ICCBased space under ours (sRGB). The
 * profile is the file's own (from its APP2 ICC_PROFILE segments) when the colour management system accepts it;
 * otherwise the CMYK profile PDFBox itself renders DeviceCMYK with, so the image shows as it would have.
 *
 * <p>The samples of a file with an Adobe APP14 segment are stored inverted (Photoshop's convention, and YCCK
 * decodes to inverted CMYK), which /Decode [1 0 1 0 1 0 1 0] undoes; a file without one stores ink amounts as
 * they are. The segments are read with TwelveMonkeys' JPEG metadata reader.
 */
final class CmykJpeg {
    private static final int APP2 = 0xFFE2;
    private static final int APP14 = 0xFFEE;
    /** The profile PDFBox converts DeviceCMYK through (see {@code PDDeviceCMYK}); in PDFBox's jar. */
    private static final String PDFBOX_CMYK_PROFILE = "/org/apache/pdfbox/resources/icc/CGATS001Compat-v2-micro.icc";

    private CmykJpeg() {}

    /** Gives {@code image}, made by PDFBox from {@code jpeg} as DeviceCMYK, its ICCBased space and /Decode. */
    static PDImageXObject embed(PDDocument document, PDImageXObject image, byte[] jpeg) throws IOException {
        PDStream profile;
        try (InputStream in = new ByteArrayInputStream(usableProfile(jpeg))) {
            profile = new PDStream(document, in, COSName.FLATE_DECODE);
        }
        profile.getCOSObject().setInt(COSName.N, 4);
        profile.getCOSObject().setItem(COSName.ALTERNATE, COSName.DEVICECMYK);
        COSArray space = new COSArray();
        space.add(COSName.ICCBASED);
        space.add(profile.getCOSObject());
        image.setColorSpace(PDICCBased.create(space, null));
        if (segments(jpeg, APP14, "Adobe").isEmpty()) {
            image.setDecode(null);
        }
        return image;
    }

    /** The file's own CMYK profile if the colour management system can use it, else PDFBox's. */
    private static byte[] usableProfile(byte[] jpeg) throws IOException {
        Optional<byte[]> own = ownProfile(jpeg);
        if (own.isPresent()) {
            try {
                ICC_Profile profile = ICC_Profile.getInstance(own.get());
                if (profile.getNumComponents() == 4) {
                    // Converting one colour links the profile: what a renderer will do with it.
                    new ICC_ColorSpace(profile).toRGB(new float[4]);
                    return own.get();
                }
            } catch (IllegalArgumentException | CMMException e) {
                // A profile Java's colour management rejects: treated as none.
            }
        }
        try (InputStream in = CmykJpeg.class.getResourceAsStream(PDFBOX_CMYK_PROFILE)) {
            if (in == null) {
                throw new IOException("PDFBox's CMYK profile " + PDFBOX_CMYK_PROFILE + " is not on the class path");
            }
            return in.readAllBytes();
        }
    }

    /**
     * The ICC profile of the APP2 ICC_PROFILE segments, joined in their sequence order: each starts with its
     * sequence number and the count of segments (ICC.1, annex B.4).
     */
    private static Optional<byte[]> ownProfile(byte[] jpeg) throws IOException {
        List<byte[]> chunks = new ArrayList<>();
        for (JPEGSegment segment : segments(jpeg, APP2, "ICC_PROFILE")) {
            try (InputStream data = segment.data()) {
                chunks.add(data.readAllBytes());
            }
        }
        if (chunks.isEmpty()) {
            return Optional.empty();
        }
        chunks.sort(Comparator.comparingInt(chunk -> chunk.length > 0 ? chunk[0] & 0xFF : 0));
        ByteArrayOutputStream profile = new ByteArrayOutputStream();
        for (byte[] chunk : chunks) {
            if (chunk.length > 2) {
                profile.write(chunk, 2, chunk.length - 2);
            }
        }
        return Optional.of(profile.toByteArray());
    }

    private static List<JPEGSegment> segments(byte[] jpeg, int marker, String identifier) throws IOException {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(jpeg))) {
            return JPEGSegmentUtil.readSegments(in, marker, identifier);
        }
    }
}
