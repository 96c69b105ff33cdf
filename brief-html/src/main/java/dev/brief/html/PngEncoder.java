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
import java.util.zip.Deflater;

/**
 * Encodes the pictures we render (covers and previews: large flat areas of colour and some text) as 8-bit RGB
 * PNGs, several times faster than ImageIO's general writer. Rows are added from top to bottom, a whole image
 * at once ({@link #encode}) or strip by strip ({@link #addRows}, {@link #repeatRow}), so that a picture can be
 * painted into a small buffer band by band and never held whole ({@link BandedCover}).
 *
 * <p>The rows are compressed by zlib ({@link Deflater}) at its fastest level. What makes this faster than
 * ImageIO is the filtering: ImageIO tries all five filters on every row and deflates at level 9; here most
 * rows of a cover repeat the row above, are found so with one array compare (or are declared so by the
 * caller) and become a line of zeros under the Up filter without being looked at, and the other rows get the
 * Sub or the Up filter, chosen from a sample of their pixels. Flat colour turns into long runs of zeros,
 * which zlib's fastest level handles well.
 *
 * <p>The file is a plain PNG (IHDR, one IDAT, IEND) with no time or text chunk: the same pixels give the same
 * bytes.
 */
final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte FILTER_SUB = 1;
    private static final byte FILTER_UP = 2;
    /** One pixel in seven is enough to choose a filter. */
    private static final int SAMPLE_STRIDE = 7;

    /** Repeated rows are handed to zlib this many at a time, as one array of zero lines. */
    private static final int REPEAT_BATCH = 16;

    private final int width;
    private final int height;
    private final int lineBytes;
    /**
     * The fastest level: on a cover, levels 4 to 9 (lazy matching) make the file a third smaller (89 KB against
     * 135 KB) but take twice the time, most of it on the lines of zeros of the repeated rows.
     */
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    private final ByteArrayOutputStream compressed;
    private final byte[] output = new byte[1 << 16];
    private final byte[] line;
    /** {@link #REPEAT_BATCH} lines that repeat the line above: the Up filter's type byte, then zeros. */
    private byte[] repeatLines;
    /** The last row added, kept when the next one may come from another strip: the Up filter's base. */
    private final int[] lastRow;
    private int rows;
    /** Rows seen to repeat the one above and not yet handed to zlib. */
    private int pendingRepeats;

    PngEncoder(int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a PNG is at least 1 by 1 pixels, not " + width + " by " + height);
        }
        this.width = width;
        this.height = height;
        this.lineBytes = width * 3 + 1; // the filter-type byte, then the row
        this.line = new byte[lineBytes];
        this.lastRow = new int[width];
        long expected = (long) lineBytes * height / 80; // a guess at the compressed size, for the first buffer
        this.compressed = new ByteArrayOutputStream((int) Math.min(expected, 1 << 24));
    }

    /**
     * The PNG of {@code image}, any transparency composited over white (a cover or a page has none; Flying
     * Saucer may leave unpainted pixels transparent).
     */
    static byte[] encode(BufferedImage image) {
        PngEncoder encoder = new PngEncoder(image.getWidth(), image.getHeight());
        encoder.addRows(rgbPixels(image), 0, image.getHeight());
        return encoder.finish();
    }

    /**
     * Adds the next {@code count} rows: RGB ints (the top byte is not read), row {@code r} starting at
     * {@code offset + r * width} of {@code pixels}. The array may be reused by the caller afterwards.
     */
    void addRows(int[] pixels, int offset, int count) {
        if (rows + count > height) {
            throw new IllegalStateException("more than " + height + " rows");
        }
        for (int r = 0; r < count; r++) {
            int row = offset + r * width;
            // The row above is in this strip, or it is the last row of the strip before.
            int[] abovePixels = r > 0 ? pixels : lastRow;
            int above = r > 0 ? row - width : 0;
            if (rows > 0 && Arrays.equals(pixels, row, row + width, abovePixels, above, above + width)) {
                pendingRepeats++;
            } else {
                flushRepeats();
                deflate(filter(pixels, row, rows > 0 ? abovePixels : null, above, line), lineBytes);
            }
            rows++;
        }
        if (count > 0) {
            System.arraycopy(pixels, offset + (count - 1) * width, lastRow, 0, width);
        }
    }

    /** Adds {@code count} rows that repeat the last row added, known to be so without looking at them. */
    void repeatRow(int count) {
        if (rows == 0 && count > 0) {
            throw new IllegalStateException("no row to repeat yet");
        }
        if (rows + count > height) {
            throw new IllegalStateException("more than " + height + " rows");
        }
        pendingRepeats += count;
        rows += count;
    }

    /** The PNG file, once every row has been added. */
    byte[] finish() {
        if (rows != height) {
            throw new IllegalStateException(rows + " rows added of " + height);
        }
        flushRepeats();
        deflater.finish();
        while (!deflater.finished()) {
            compressed.write(output, 0, deflater.deflate(output));
        }
        deflater.end();
        byte[] data = compressed.toByteArray();
        ByteArrayOutputStream png = new ByteArrayOutputStream(data.length + 64);
        try {
            png.write(SIGNATURE);
            writeChunk(png, "IHDR", header(width, height));
            writeChunk(png, "IDAT", data);
            writeChunk(png, "IEND", new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    /** Hands the rows that repeat the one above to zlib as lines of zeros, a batch of them at a time. */
    private void flushRepeats() {
        if (pendingRepeats == 0) {
            return;
        }
        if (repeatLines == null) {
            repeatLines = new byte[lineBytes * Math.min(REPEAT_BATCH, height)];
            for (int at = 0; at < repeatLines.length; at += lineBytes) {
                repeatLines[at] = FILTER_UP;
            }
        }
        int batch = repeatLines.length / lineBytes;
        while (pendingRepeats > 0) {
            int count = Math.min(batch, pendingRepeats);
            deflate(repeatLines, count * lineBytes);
            pendingRepeats -= count;
        }
    }

    /** Compresses the first {@code length} bytes of {@code bytes}; zlib keeps no reference to them after. */
    private void deflate(byte[] bytes, int length) {
        deflater.setInput(bytes, 0, length);
        while (!deflater.needsInput()) {
            compressed.write(output, 0, deflater.deflate(output));
        }
    }

    /**
     * The image's pixels as RGB ints (the top byte is not read): straight from the raster of an opaque image
     * that holds them so, otherwise composited over white into an array of their own.
     */
    private static int[] rgbPixels(BufferedImage image) {
        boolean ints = holdsIntPixels(image);
        if (ints && image.getType() == BufferedImage.TYPE_INT_RGB) {
            return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        }
        int[] argb = ints ? ((DataBufferInt) image.getRaster().getDataBuffer()).getData()
                : image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        int[] rgb = ints ? new int[argb.length] : argb;
        for (int i = 0; i < argb.length; i++) {
            rgb[i] = overWhite(argb[i]);
        }
        return rgb;
    }

    /** Whether the image's pixels are one int array, row after row, with nothing before or between rows. */
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

    /**
     * Writes the row at {@code row} of {@code pixels} as a PNG line with the Sub or the Up filter (the row
     * above at {@code above} of {@code abovePixels}; none for the first row), whichever gives the smaller sum
     * of absolute differences (the heuristic the PNG specification suggests), estimated from every seventh
     * pixel so that choosing costs a fraction of filtering. The differences are taken straight from the RGB
     * ints, never from a row of bytes. Paeth was tried too: on covers it saved nothing and doubled the time
     * spent filtering.
     */
    private byte[] filter(int[] pixels, int row, int[] abovePixels, int above, byte[] line) {
        long sub = 0;
        long up = 0;
        for (int x = 1; x < width; x += SAMPLE_STRIDE) {
            int pixel = pixels[row + x];
            sub += distance(pixel, pixels[row + x - 1]);
            up += distance(pixel, abovePixels != null ? abovePixels[above + x] : 0);
        }
        if (up < sub) {
            line[0] = FILTER_UP;
            if (abovePixels == null) {
                for (int x = 0; x < width; x++) {
                    difference(pixels[row + x], 0, line, 1 + 3 * x);
                }
            } else {
                differences(pixels, row, abovePixels, above, width, line, 1);
            }
        } else {
            line[0] = FILTER_SUB;
            difference(pixels[row], 0, line, 1);
            differences(pixels, row + 1, pixels, row, width - 1, line, 4);
        }
        return line;
    }

    /**
     * Writes {@code count} pixels from {@code from} minus as many of {@code base} from {@code baseFrom}, as
     * bytes from {@code at}. Stretches of pixels equal to their base are found with a vectorised compare and
     * written as zeros: flat colour costs a fill instead of three subtractions a pixel.
     */
    private static void differences(int[] pixels, int from, int[] base, int baseFrom, int count, byte[] line,
            int at) {
        int x = 0;
        while (x < count) {
            if (pixels[from + x] == base[baseFrom + x]) {
                int mismatch = Arrays.mismatch(pixels, from + x, from + count, base, baseFrom + x, baseFrom + count);
                int same = mismatch < 0 ? count - x : mismatch;
                Arrays.fill(line, at + 3 * x, at + 3 * (x + same), (byte) 0);
                x += same;
            } else {
                difference(pixels[from + x], base[baseFrom + x], line, at + 3 * x);
                x++;
            }
        }
    }

    /** Writes {@code pixel - base} channel by channel, as three bytes from {@code at}. */
    private static void difference(int pixel, int base, byte[] line, int at) {
        line[at] = (byte) ((pixel >> 16) - (base >> 16));
        line[at + 1] = (byte) ((pixel >> 8) - (base >> 8));
        line[at + 2] = (byte) (pixel - base);
    }

    /** The sum of the absolute byte differences of two RGB pixels, channel by channel. */
    private static int distance(int pixel, int base) {
        return Math.abs((byte) ((pixel >> 16) - (base >> 16))) + Math.abs((byte) ((pixel >> 8) - (base >> 8)))
                + Math.abs((byte) (pixel - base));
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
