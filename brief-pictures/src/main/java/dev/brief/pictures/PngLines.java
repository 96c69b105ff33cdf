package dev.brief.pictures;

/**
 * How the rows of a picture become the lines of a PNG (PNG specification, clauses 7.2 and 9): the colour type
 * in the header, the palette if the type has one, and each row as a filter-type byte and its filtered bytes.
 * {@link PngEncoder} owns the rest (repeated rows, zlib, chunks).
 */
sealed interface PngLines permits RgbLines, IndexedLines {
    /** The colour type of the IHDR chunk: 2 for RGB, 3 for indexed colour. */
    byte colourType();

    /** The bytes of one pixel in a line: 3 for RGB, 1 for an index into the palette. */
    int bytesPerPixel();

    /** The PLTE chunk's data, or an empty array when the colour type has no palette. */
    byte[] palette();

    /**
     * Writes the row starting at {@code row} of {@code pixels} (RGB ints, the top byte not read) into
     * {@code line}: the filter-type byte, then the row. The row above starts at {@code above} of
     * {@code abovePixels}, which is null for the first row.
     */
    void write(int[] pixels, int row, int[] abovePixels, int above, int width, byte[] line);
}
