package dev.brief.core.house;

/** WCAG 2.2 contrast ratio (definitions of relative luminance and contrast ratio, 1.4.3). */
final class ContrastRatio {
    /** Success criterion 1.4.3 (AA) for normal text. */
    static final double AA_TEXT = 4.5;

    private ContrastRatio() {}

    static double onWhite(int rgb) {
        return 1.05 / (luminance(rgb) + 0.05);
    }

    static double luminance(int rgb) {
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
