package dev.brief.pictures;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Encodes the pictures we render (covers and previews: large flat areas of colour and some text) as PNGs,
 * several times faster than ImageIO's general writer: 8-bit RGB ({@link RgbLines}) or, for a cover, indexed
 * colour ({@link IndexedLines}). Rows are added from top to bottom, a whole image at once ({@link #encode}) or
 * strip by strip ({@link #addRows}, {@link #repeatRow}), so that a picture can be painted into a small buffer
 * band by band and never held whole ({@link BandedCover}).
 *
 * <p>The rows are compressed by zlib ({@link Deflater}) at its fastest level. What makes this faster than
 * ImageIO is the filtering: ImageIO tries all five filters on every row and deflates at level 9; here most
 * rows of a cover repeat the row above, are found so with one array compare (or are declared so by the
 * caller) and become a line of zeros under the Up filter without being looked at. zlib reads every byte it is
 * given, so the bytes per pixel are what a cover costs: indexed colour gives it a third, and runs of repeated
 * rows, the same bytes on every cover, are deflated once per process ({@link RepeatedLines}) and copied in
 * after a full flush. The zlib stream around the raw deflate data is its two-byte header and the JDK's
 * {@link Adler32} of every byte (RFC 1950).
 *
 * <p>The file is a plain PNG (IHDR, PLTE for indexed colour, one IDAT, IEND) with no time or text chunk: the
 * same pixels give the same bytes.
 */
final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte FILTER_UP = 2;

    /** Repeated rows are checksummed this many at a time, as one array of zero lines. */
    private static final int REPEAT_BATCH = 16;
    /** The zlib header (RFC 1950 2.2): deflate with a 32 KB window, fastest level, no preset dictionary. */
    private static final byte[] ZLIB_HEADER = {0x78, 0x01};

    private final int width;
    private final int height;
    private final PngLines lines;
    private final int lineBytes;
    /**
     * The fastest level: on a cover, levels 4 to 9 (lazy matching) make the file a third smaller (89 KB against
     * 135 KB) but take twice the time, most of it on the lines of zeros of the repeated rows.
     */
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
    /** The checksum of every byte handed to zlib or copied in deflated: the zlib stream's trailer. */
    private final Adler32 checksum = new Adler32();

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
        this(width, height, RgbLines.INSTANCE);
    }

    PngEncoder(int width, int height, PngLines lines) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a PNG is at least 1 by 1 pixels, not " + width + " by " + height);
        }
        this.width = width;
        this.height = height;
        this.lines = lines;
        this.lineBytes = width * lines.bytesPerPixel() + 1; // the filter-type byte, then the row
        this.line = new byte[lineBytes];
        this.lastRow = new int[width];
        long expected = (long) lineBytes * height / 80; // a guess at the compressed size, for the first buffer
        this.compressed = new ByteArrayOutputStream((int) Math.min(expected, 1 << 24));
        this.compressed.writeBytes(ZLIB_HEADER);
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
                lines.write(pixels, row, rows > 0 ? abovePixels : null, above, width, line);
                deflate(line, lineBytes);
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
        byte[] trailer = new byte[4];
        putInt(trailer, 0, (int) checksum.getValue());
        compressed.writeBytes(trailer);
        byte[] data = compressed.toByteArray();
        ByteArrayOutputStream png = new ByteArrayOutputStream(data.length + 64);
        try {
            png.write(SIGNATURE);
            writeChunk(png, "IHDR", header(width, height, lines.colourType()));
            byte[] palette = lines.palette();
            if (palette.length > 0) {
                writeChunk(png, "PLTE", palette);
            }
            writeChunk(png, "IDAT", data);
            writeChunk(png, "IEND", new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    /**
     * Ends the deflate data so far on a byte boundary with nothing to refer back to, then copies in the rows that
     * repeat the one above, deflated before; they are checksummed here a batch of zero lines at a time.
     */
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
        int written;
        do {
            written = deflater.deflate(output, 0, output.length, Deflater.FULL_FLUSH);
            compressed.write(output, 0, written);
        } while (written == output.length);
        RepeatedLines.write(compressed, lineBytes, pendingRepeats, FILTER_UP);
        int batch = repeatLines.length / lineBytes;
        for (int left = pendingRepeats; left > 0; left -= batch) {
            checksum.update(repeatLines, 0, Math.min(batch, left) * lineBytes);
        }
        pendingRepeats = 0;
    }

    /** Compresses the first {@code length} bytes of {@code bytes}; zlib keeps no reference to them after. */
    private void deflate(byte[] bytes, int length) {
        checksum.update(bytes, 0, length);
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
        int[] argb = ints
                ? ((DataBufferInt) image.getRaster().getDataBuffer()).getData()
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

    private static byte[] header(int width, int height, byte colourType) {
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8; // bits per sample
        header[9] = colourType;
        // compression method, filter method and interlace method: all 0
        return header;
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
