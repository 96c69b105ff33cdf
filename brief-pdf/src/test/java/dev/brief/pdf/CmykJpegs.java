package dev.brief.pdf;

import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * CMYK JPEGs made in code, in the three layouts found in the wild: plain CMYK (no Adobe marker), Adobe
 * inverted CMYK (Photoshop's) and Adobe YCCK, optionally with an embedded ICC profile. The left half of each
 * image carries one ink mix, the right half another. ImageIO writes the four components as given; the
 * Adobe APP14 and ICC APP2 markers are spliced in after SOI.
 */
final class CmykJpegs {
    static final int WIDTH = 80;
    static final int HEIGHT = 40;

    enum Layout {
        PLAIN_CMYK,
        ADOBE_CMYK,
        ADOBE_YCCK
    }

    private CmykJpegs() {}

    static byte[] of(Layout layout, int[] leftInk, int[] rightInk, byte[] iccProfile) throws IOException {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, WIDTH, HEIGHT, 4, null);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                raster.setPixel(x, y, stored(layout, x < WIDTH / 2 ? leftInk : rightInk));
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(encoded)) {
            writer.setOutput(output);
            writer.write(null, new IIOImage(raster, null, null), null);
        } finally {
            writer.dispose();
        }
        byte[] plain = encoded.toByteArray();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        jpeg.write(plain, 0, 2);
        if (layout != Layout.PLAIN_CMYK) {
            jpeg.write(adobeMarker(layout == Layout.ADOBE_YCCK ? 2 : 0));
        }
        if (iccProfile != null) {
            jpeg.write(iccMarker(iccProfile));
        }
        jpeg.write(plain, 2, plain.length - 2);
        return jpeg.toByteArray();
    }

    /** The samples a file of this layout stores for ink amounts (0 = none, 255 = full). */
    private static int[] stored(Layout layout, int[] ink) {
        switch (layout) {
            case PLAIN_CMYK:
                return ink.clone();
            case ADOBE_CMYK:
                return new int[] {255 - ink[0], 255 - ink[1], 255 - ink[2], 255 - ink[3]};
            default:
                // YCCK: the ink C, M, Y are encoded as if they were R, G, B (JFIF), K is inverted.
                double r = ink[0];
                double g = ink[1];
                double b = ink[2];
                return new int[] {
                    clamp(0.299 * r + 0.587 * g + 0.114 * b),
                    clamp(128 - 0.168736 * r - 0.331264 * g + 0.5 * b),
                    clamp(128 + 0.5 * r - 0.418688 * g - 0.081312 * b),
                    255 - ink[3]
                };
        }
    }

    private static byte[] adobeMarker(int transform) {
        ByteBuffer marker = ByteBuffer.allocate(16);
        marker.putShort((short) 0xffee)
                .putShort((short) 14)
                .put("Adobe".getBytes(StandardCharsets.US_ASCII))
                .putShort((short) 100)
                .putShort((short) 0)
                .putShort((short) 0)
                .put((byte) transform);
        return marker.array();
    }

    private static byte[] iccMarker(byte[] profile) {
        byte[] signature = "ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII);
        ByteBuffer marker = ByteBuffer.allocate(4 + signature.length + 2 + profile.length);
        marker.putShort((short) 0xffe2)
                .putShort((short) (2 + signature.length + 2 + profile.length))
                .put(signature)
                .put((byte) 1)
                .put((byte) 1)
                .put(profile);
        return marker.array();
    }

    /**
     * A minimal ICC v2 output profile, CMYK to Lab through a 2-point lut8 table, that maps every ink mix to one
     * blue: an image converted through it is blue whatever its inks, unlike any naive conversion.
     */
    static byte[] everythingBlueProfile() {
        byte[] description = descriptionTag("Everything blue");
        byte[] whitePoint = ByteBuffer.allocate(20)
                .put("XYZ ".getBytes(StandardCharsets.US_ASCII))
                .putInt(0)
                .putInt(fixed(0.9642))
                .putInt(fixed(1.0))
                .putInt(fixed(0.8249))
                .array();
        byte[] lut = blueLut();
        int tagTable = 4 + 3 * 12;
        int descriptionOffset = 128 + tagTable;
        int whitePointOffset = align(descriptionOffset + description.length);
        int lutOffset = align(whitePointOffset + whitePoint.length);
        int size = lutOffset + lut.length;
        ByteBuffer profile = ByteBuffer.allocate(size);
        profile.putInt(size)
                .putInt(0)
                .putInt(0x02100000)
                .put(ascii("prtr"))
                .put(ascii("CMYK"))
                .put(ascii("Lab "));
        profile.position(36);
        profile.put(ascii("acsp"));
        profile.position(68);
        profile.putInt(fixed(0.9642)).putInt(fixed(1.0)).putInt(fixed(0.8249));
        profile.position(128);
        profile.putInt(3);
        profile.put(ascii("desc")).putInt(descriptionOffset).putInt(description.length);
        profile.put(ascii("wtpt")).putInt(whitePointOffset).putInt(whitePoint.length);
        profile.put(ascii("A2B0")).putInt(lutOffset).putInt(lut.length);
        profile.position(descriptionOffset);
        profile.put(description);
        profile.position(whitePointOffset);
        profile.put(whitePoint);
        profile.position(lutOffset);
        profile.put(lut);
        return profile.array();
    }

    private static byte[] blueLut() {
        int clutPoints = 16; // 2 grid points in each of 4 inputs
        ByteBuffer lut = ByteBuffer.allocate(48 + 4 * 256 + clutPoints * 3 + 3 * 256);
        lut.put(ascii("mft1"))
                .putInt(0)
                .put((byte) 4)
                .put((byte) 3)
                .put((byte) 2)
                .put((byte) 0);
        for (int row = 0; row < 3; row++) {
            for (int column = 0; column < 3; column++) {
                lut.putInt(fixed(row == column ? 1 : 0));
            }
        }
        identityCurves(lut, 4);
        for (int point = 0; point < clutPoints; point++) {
            // Lab 30, 68, -112 in lut8 encoding: L * 255 / 100, a + 128, b + 128.
            lut.put((byte) 77).put((byte) (68 + 128)).put((byte) (-112 + 128));
        }
        identityCurves(lut, 3);
        return lut.array();
    }

    private static void identityCurves(ByteBuffer lut, int channels) {
        for (int channel = 0; channel < channels; channel++) {
            for (int value = 0; value < 256; value++) {
                lut.put((byte) value);
            }
        }
    }

    private static byte[] descriptionTag(String text) {
        byte[] ascii = (text + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tag = ByteBuffer.allocate(12 + ascii.length + 8 + 3 + 67);
        tag.put(ascii("desc")).putInt(0).putInt(ascii.length).put(ascii);
        return tag.array(); // the Unicode and ScriptCode parts stay empty (zeros)
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static int fixed(double value) {
        return (int) Math.round(value * 65536);
    }

    private static int align(int offset) {
        return (offset + 3) & ~3;
    }

    private static int clamp(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }
}
