package dev.brief.pictures;

import java.util.Arrays;

/**
 * Rows as 8-bit RGB, each filtered with Sub or Up: the lines of any picture, such as a page preview that Flying
 * Saucer painted in more colours than a palette holds.
 */
final class RgbLines implements PngLines {
    static final RgbLines INSTANCE = new RgbLines();

    private static final byte FILTER_SUB = 1;
    private static final byte FILTER_UP = 2;
    /** One pixel in seven is enough to choose a filter. */
    private static final int SAMPLE_STRIDE = 7;

    private RgbLines() {}

    @Override
    public byte colourType() {
        return 2;
    }

    @Override
    public int bytesPerPixel() {
        return 3;
    }

    @Override
    public byte[] palette() {
        return new byte[0];
    }

    /**
     * Writes the row at {@code row} of {@code pixels} as a PNG line with the Sub or the Up filter (the row
     * above at {@code above} of {@code abovePixels}; none for the first row), whichever gives the smaller sum
     * of absolute differences (the heuristic the PNG specification suggests), estimated from every seventh
     * pixel so that choosing costs a fraction of filtering. The differences are taken straight from the RGB
     * ints, never from a row of bytes. Paeth was tried too: on covers it saved nothing and doubled the time
     * spent filtering.
     */
    @Override
    public void write(int[] pixels, int row, int[] abovePixels, int above, int width, byte[] line) {
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
    }

    /**
     * Writes {@code count} pixels from {@code from} minus as many of {@code base} from {@code baseFrom}, as
     * bytes from {@code at}. Stretches of pixels equal to their base are found with a vectorised compare and
     * written as zeros: flat colour costs a fill instead of three subtractions a pixel.
     */
    private static void differences(int[] pixels, int from, int[] base, int baseFrom, int count, byte[] line, int at) {
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
        return Math.abs((byte) ((pixel >> 16) - (base >> 16)))
                + Math.abs((byte) ((pixel >> 8) - (base >> 8)))
                + Math.abs((byte) (pixel - base));
    }
}
