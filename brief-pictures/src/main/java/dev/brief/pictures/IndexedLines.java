package dev.brief.pictures;

/**
 * Rows as indices into a palette of at most 256 colours, one byte a pixel: a third of the bytes of RGB for
 * zlib to read, which is most of what encoding a cover costs. Lines are not filtered (filter type None), as the
 * PNG specification advises for indexed colour (clause 12.8): a run of one colour is a run of one byte, which
 * zlib finds at any level.
 */
final class IndexedLines implements PngLines {
    private final CoverPalette palette;

    IndexedLines(CoverPalette palette) {
        this.palette = palette;
    }

    @Override
    public byte colourType() {
        return 3;
    }

    @Override
    public int bytesPerPixel() {
        return 1;
    }

    @Override
    public byte[] palette() {
        int[] colours = palette.colours();
        byte[] entries = new byte[colours.length * 3];
        for (int i = 0; i < colours.length; i++) {
            entries[3 * i] = (byte) (colours[i] >> 16);
            entries[3 * i + 1] = (byte) (colours[i] >> 8);
            entries[3 * i + 2] = (byte) colours[i];
        }
        return entries;
    }

    @Override
    public void write(int[] pixels, int row, int[] abovePixels, int above, int width, byte[] line) {
        line[0] = 0; // filter type None
        int last = pixels[row] + 1; // not the first pixel, so that it is looked up
        byte index = 0;
        for (int x = 0; x < width; x++) {
            int pixel = pixels[row + x];
            if (pixel != last) {
                index = (byte) palette.indexOf(pixel);
                last = pixel;
            }
            line[1 + x] = index;
        }
    }
}
