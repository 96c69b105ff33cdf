package dev.brief.pdf.images;

import java.awt.color.CMMException;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Turns a CMYK or YCCK JPEG into sRGB pixels. The PDF's output intent is sRGB, and PDF/A-2 (6.2.4.3) allows
 * DeviceCMYK only under a CMYK output intent, so such an image cannot be embedded as it is.
 *
 * <p>The samples are read raw, then made ink amounts (0 = no ink, 255 = full) the way libjpeg and Photoshop
 * agree on: a file with an Adobe APP14 marker stores CMYK inverted, and its transform 2 (or any value but 0)
 * means Y, Cb, Cr, K, whose first three convert like JFIF YCbCr. With an embedded CMYK ICC profile the ink
 * goes through that profile to sRGB. Without one (or with one the colour management system rejects) the
 * conversion is the naive one, {@code r = (1 - c)(1 - k)} and so on: close for flat colours and charts,
 * duller than a colour-managed result for photographs, which the publisher then should save as sRGB.
 */
final class CmykJpegConverter {
    private CmykJpegConverter() {}

    static BufferedImage toSrgb(byte[] jpeg, JpegHeader header) throws IOException {
        WritableRaster ink = inkAmounts(rawSamples(jpeg), header.adobeTransform());
        BufferedImage srgb = new BufferedImage(ink.getWidth(), ink.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Optional<ICC_Profile> profile = header.iccProfile().flatMap(CmykJpegConverter::cmykProfile);
        if (profile.isEmpty() || !convertedThrough(profile.get(), ink, srgb.getRaster())) {
            convertNaively(ink, srgb.getRaster());
        }
        return srgb;
    }

    private static Raster rawSamples(byte[] jpeg) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new IOException("no JPEG reader");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input);
                Raster samples = reader.readRaster(0, null);
                if (samples.getNumBands() != 4) {
                    throw new IOException("expected 4 components, read " + samples.getNumBands());
                }
                return samples;
            } finally {
                reader.dispose();
            }
        }
    }

    private static WritableRaster inkAmounts(Raster samples, int adobeTransform) {
        boolean inverted = adobeTransform != JpegHeader.NO_ADOBE_MARKER;
        boolean ycck = inverted && adobeTransform != 0;
        WritableRaster ink = samples.createCompatibleWritableRaster(samples.getWidth(), samples.getHeight());
        int[] pixel = new int[4];
        for (int y = 0; y < samples.getHeight(); y++) {
            for (int x = 0; x < samples.getWidth(); x++) {
                samples.getPixel(samples.getMinX() + x, samples.getMinY() + y, pixel);
                if (ycck) {
                    // libjpeg makes C = 255 - R from Y, Cb, Cr; the Adobe inversion undoes that: ink C = R.
                    int luma = pixel[0];
                    int blue = pixel[1] - 128;
                    int red = pixel[2] - 128;
                    pixel[0] = clamp(luma + 1.402 * red);
                    pixel[1] = clamp(luma - 0.344136 * blue - 0.714136 * red);
                    pixel[2] = clamp(luma + 1.772 * blue);
                    pixel[3] = 255 - pixel[3];
                } else if (inverted) {
                    for (int band = 0; band < 4; band++) {
                        pixel[band] = 255 - pixel[band];
                    }
                }
                ink.setPixel(x, y, pixel);
            }
        }
        return ink;
    }

    private static Optional<ICC_Profile> cmykProfile(byte[] data) {
        try {
            ICC_Profile profile = ICC_Profile.getInstance(data);
            return profile.getColorSpaceType() == ColorSpace.TYPE_CMYK ? Optional.of(profile) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // not a profile the colour management system can read
        }
    }

    private static boolean convertedThrough(ICC_Profile profile, Raster ink, WritableRaster srgb) {
        try {
            ICC_Profile[] chain = {profile, ICC_Profile.getInstance(ColorSpace.CS_sRGB)};
            new ColorConvertOp(chain, null).filter(ink, srgb);
            return true;
        } catch (CMMException | IllegalArgumentException e) {
            return false; // a profile that parses but cannot transform: fall back to the naive conversion
        }
    }

    private static void convertNaively(Raster ink, WritableRaster srgb) {
        int[] cmyk = new int[4];
        int[] rgb = new int[3];
        for (int y = 0; y < ink.getHeight(); y++) {
            for (int x = 0; x < ink.getWidth(); x++) {
                ink.getPixel(x, y, cmyk);
                int white = 255 - cmyk[3];
                for (int band = 0; band < 3; band++) {
                    rgb[band] = ((255 - cmyk[band]) * white + 127) / 255;
                }
                srgb.setPixel(x, y, rgb);
            }
        }
    }

    private static int clamp(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }
}
