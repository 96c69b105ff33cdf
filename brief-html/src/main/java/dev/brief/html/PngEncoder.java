package dev.brief.html;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * Encodes the pictures we render (covers and previews: large flat areas of colour and some text) as 8-bit RGB
 * PNGs, several times faster than ImageIO's general writer.
 *
 * <p>Why it is fast: most rows of a cover repeat the row above. Those rows never reach the compressor: each run
 * of them is written as one hand-made deflate block of back-references to the previous row
 * ({@link RepeatBlock}), and the zlib checksum is advanced arithmetically ({@link Adler32Sum}). Other rows use
 * the Sub filter, which turns flat colour into zeros, and are deflated at the fastest level. ImageIO instead
 * tries every filter on every row and deflates all of them at level 9.
 *
 * <p>The file is a plain PNG (IHDR, one IDAT, IEND) with no time or text chunk: the same pixels give the same
 * bytes.
 */
final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte FILTER_SUB = 1;
    private static final byte FILTER_UP = SameRowsBlock.FILTER_UP;
    /** Seven is prime to the three bytes of a pixel, so the sample covers every colour channel. */
    private static final int SAMPLE_STRIDE = 7;

    private PngEncoder() {}

    /**
     * The PNG of {@code image}, any transparency composited over white (a cover or a page has none; Flying
     * Saucer may leave unpainted pixels transparent).
     */
    static byte[] encode(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = argbPixels(image);
        int opaque = image.getType() == BufferedImage.TYPE_INT_RGB && holdsIntPixels(image) ? 0xff000000 : 0;
        ByteArrayOutputStream png = new ByteArrayOutputStream(width * height / 16 + 1024);
        try {
            png.write(SIGNATURE);
            writeChunk(png, "IHDR", header(width, height));
            writeChunk(png, "IDAT", zlibImageData(pixels, opaque, width, height));
            writeChunk(png, "IEND", new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    /**
     * The image's pixels as ARGB ints, read straight from the raster when it holds them so. The top byte of a
     * TYPE_INT_RGB pixel is undefined: {@link #toRgb} treats every pixel of such an image as opaque.
     */
    private static int[] argbPixels(BufferedImage image) {
        if (holdsIntPixels(image)) {
            return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        }
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static boolean holdsIntPixels(BufferedImage image) {
        int type = image.getType();
        return (type == BufferedImage.TYPE_INT_ARGB || type == BufferedImage.TYPE_INT_RGB)
                && image.getRaster().getDataBuffer() instanceof DataBufferInt ints
                && ints.getNumBanks() == 1
                && ints.getOffset() == 0
                && ints.getSize() == image.getWidth() * image.getHeight()
                && image.getRaster().getSampleModelTranslateX() == 0
                && image.getRaster().getSampleModelTranslateY() == 0;
    }

    private static byte[] header(int width, int height) {
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8; // bits per sample
        header[9] = 2; // colour type: RGB
        // compression method, filter method and interlace method: all 0
        return header;
    }

    /** The zlib stream of the filtered rows. */
    private static byte[] zlibImageData(int[] pixels, int opaque, int width, int height) {
        int lineBytes = width * 3 + 1; // the filter-type byte, then the row
        boolean repeatsFit = lineBytes <= SameRowsBlock.MAX_DISTANCE;
        byte[] line = new byte[lineBytes];
        byte[] current = new byte[lineBytes - 1];
        byte[] previous = new byte[lineBytes - 1];
        try (ZlibLines zlib = new ZlibLines(lineBytes * height / 16)) {
            int same = 0;
            for (int y = 0; y < height; y++) {
                if (repeatsFit && y > 0 && sameRow(pixels, width, y)) {
                    same++;
                    continue;
                }
                if (same > 0) {
                    zlib.sameAsAbove(lineBytes, same);
                    same = 0;
                }
                toRgb(pixels, opaque, y * width, width, current);
                zlib.line(filter(current, previous, line));
                byte[] swap = previous;
                previous = current;
                current = swap;
            }
            if (same > 0) {
                zlib.sameAsAbove(lineBytes, same);
            }
            return zlib.finish();
        }
    }

    private static boolean sameRow(int[] pixels, int width, int y) {
        int from = y * width;
        return Arrays.equals(pixels, from, from + width, pixels, from - width, from);
    }

    /** One row of ARGB pixels as RGB bytes, composited over white; {@code opaque} is or-ed into each pixel. */
    private static void toRgb(int[] pixels, int opaque, int offset, int width, byte[] row) {
        for (int x = 0, i = 0; x < width; x++) {
            int rgb = overWhite(pixels[offset + x] | opaque);
            row[i++] = (byte) (rgb >> 16);
            row[i++] = (byte) (rgb >> 8);
            row[i++] = (byte) rgb;
        }
    }

    /**
     * Writes the row as a PNG line with the Sub or the Up filter, whichever gives the smaller sum of absolute
     * differences (the heuristic the PNG specification suggests), estimated from every seventh byte so that
     * choosing costs a fraction of filtering. Paeth was tried too: on covers it saved nothing and doubled the
     * time spent filtering.
     */
    private static byte[] filter(byte[] row, byte[] above, byte[] line) {
        long sub = 0;
        long up = 0;
        for (int i = 3; i < row.length; i += SAMPLE_STRIDE) {
            sub += Math.abs((byte) (row[i] - row[i - 3]));
            up += Math.abs((byte) (row[i] - above[i]));
        }
        if (up < sub) {
            line[0] = FILTER_UP;
            for (int i = 0; i < row.length; i++) {
                line[i + 1] = (byte) (row[i] - above[i]);
            }
        } else {
            line[0] = FILTER_SUB;
            for (int i = 0; i < row.length; i++) {
                line[i + 1] = (byte) (row[i] - (i >= 3 ? row[i - 3] : 0));
            }
        }
        return line;
    }

    /** An ARGB pixel composited over white, as RGB. */
    private static int overWhite(int argb) {
        int alpha = argb >>> 24;
        if (alpha == 0xff) {
            return argb & 0xffffff;
        }
        int white = 255 * (255 - alpha);
        int red = (((argb >> 16) & 0xff) * alpha + white + 127) / 255;
        int green = (((argb >> 8) & 0xff) * alpha + white + 127) / 255;
        int blue = ((argb & 0xff) * alpha + white + 127) / 255;
        return red << 16 | green << 8 | blue;
    }

    private static void writeChunk(OutputStream out, String type, byte[] data) throws IOException {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        byte[] number = new byte[4];
        putInt(number, 0, data.length);
        out.write(number);
        out.write(typeBytes);
        out.write(data);
        putInt(number, 0, (int) crc.getValue());
        out.write(number);
    }

    private static void putInt(byte[] bytes, int at, int value) {
        bytes[at] = (byte) (value >>> 24);
        bytes[at + 1] = (byte) (value >>> 16);
        bytes[at + 2] = (byte) (value >>> 8);
        bytes[at + 3] = (byte) value;
    }
}
