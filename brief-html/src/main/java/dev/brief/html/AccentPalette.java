package dev.brief.html;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The colours derived from the house accent. WCAG 2.2 success criterion 1.4.3 (contrast, minimum) asks for
 * 4.5:1 between text and its background; the accent is used for headings, links and rules on white and on a
 * light tint of itself, so an accent too light for that is darkened, keeping its hue, until it passes on both.
 *
 * @param houseAccent the colour the house asked for
 * @param accent the colour used for text and rules (equal to {@code houseAccent} when it passes)
 * @param tint the light background of boxes
 */
record AccentPalette(String houseAccent, String accent, String tint) {
    static final String TEXT = "#1a1a1a";
    static final String MUTED_TEXT = "#4d4d4d";
    static final String PAPER = "#ffffff";
    static final double MINIMUM_CONTRAST = 4.5;

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final double TINT_STRENGTH = 0.07;

    static AccentPalette of(String houseAccent) {
        if (!HEX.matcher(houseAccent).matches()) {
            throw new IllegalArgumentException("accent colour must be #rrggbb, not " + houseAccent);
        }
        String house = houseAccent.toLowerCase(Locale.ROOT);
        int[] rgb = rgb(house);
        int[] accent = rgb;
        int[] tint = mix(accent, rgb(PAPER), TINT_STRENGTH);
        // Darkening also darkens the tint slightly, so recompute both until the pair passes.
        while (contrast(accent, tint) < MINIMUM_CONTRAST || contrast(accent, rgb(PAPER)) < MINIMUM_CONTRAST) {
            accent = new int[] {accent[0] * 95 / 100, accent[1] * 95 / 100, accent[2] * 95 / 100};
            tint = mix(accent, rgb(PAPER), TINT_STRENGTH);
        }
        return new AccentPalette(house, hex(accent), hex(tint));
    }

    boolean darkened() {
        return !houseAccent.equals(accent);
    }

    /** The WCAG contrast ratio of two {@code #rrggbb} colours. */
    static double contrast(String first, String second) {
        return contrast(rgb(first), rgb(second));
    }

    private static double contrast(int[] first, int[] second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** Relative luminance as WCAG 2.2 defines it (sRGB, linearised). */
    private static double luminance(int[] rgb) {
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double channel = rgb[i] / 255.0;
            linear[i] = channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }

    /** {@code strength} of {@code colour} over {@code background}. */
    private static int[] mix(int[] colour, int[] background, double strength) {
        int[] mixed = new int[3];
        for (int i = 0; i < 3; i++) {
            mixed[i] = (int) Math.round(colour[i] * strength + background[i] * (1 - strength));
        }
        return mixed;
    }

    private static int[] rgb(String hex) {
        int value = Integer.parseInt(hex.substring(1), 16);
        return new int[] {(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF};
    }

    private static String hex(int[] rgb) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
    }
}
