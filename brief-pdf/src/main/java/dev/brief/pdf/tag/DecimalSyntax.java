package dev.brief.pdf.tag;

/**
 * Writes a number as PDFBox's {@code NumberFormatUtil.formatFloatFast(value, 5, …)} writes it, byte for byte:
 * truncated integer part, a minus sign for any negative value (so a tiny negative one is "-0"), then up to five
 * fraction digits, rounded half up from the value as a double, trailing zeros left out. PDFBox divides by a
 * power of ten looked up per digit; dividing by the constant ten lets the JIT multiply instead, and the digits go
 * straight into the content stream's array. Only for magnitudes below 2^31, which every coordinate is.
 */
final class DecimalSyntax {
    private static final int FRACTION_SCALE = 100_000;
    private static final int FRACTION_DIGITS = 5;
    /** Below this magnitude the integer part fits an int. */
    private static final float LIMIT = 2.147483E9f;

    private DecimalSyntax() {}

    /**
     * Writes {@code value} at {@code out[offset]} (at most 17 bytes) and returns the offset after it, or -1,
     * writing nothing, when its magnitude is too large for this method.
     */
    static int write(float value, byte[] out, int offset) {
        if (!(value > -LIMIT && value < LIMIT)) {
            return -1;
        }
        int at = offset;
        long integerPart = (long) value;
        if (value < 0) {
            out[at++] = '-';
            integerPart = -integerPart;
        }
        long fractionPart = (long) ((Math.abs((double) value) - integerPart) * FRACTION_SCALE + 0.5d);
        if (fractionPart >= FRACTION_SCALE) {
            integerPart++;
            fractionPart -= FRACTION_SCALE;
        }
        at = writeInteger((int) integerPart, out, at);
        int fraction = (int) fractionPart;
        if (fraction > 0) {
            out[at++] = '.';
            int digits = FRACTION_DIGITS;
            while (fraction % 10 == 0) {
                fraction /= 10;
                digits--;
            }
            for (int i = at + digits - 1; i >= at; i--) {
                out[i] = (byte) ('0' + fraction % 10);
                fraction /= 10;
            }
            at += digits;
        }
        return at;
    }

    private static int writeInteger(int value, byte[] out, int at) {
        int digits = 1;
        for (int rest = value / 10; rest > 0; rest /= 10) {
            digits++;
        }
        int rest = value;
        for (int i = at + digits - 1; i >= at; i--) {
            out[i] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        return at + digits;
    }
}
