package dev.brief.core.house;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The colours derived from the house accent for one kind of page, shared by the web editions' style sheets and
 * the cover picture. WCAG 2.2 success criterion 1.4.3 (contrast,
 * minimum) asks for 4.5:1 between text and its background; the accent is used for headings, links and rules on
 * the page and on a tint of itself, so an accent that falls short of that on both is moved away from the page,
 * keeping its hue, until it passes: darkened (every channel scaled towards black) on white paper, lightened
 * (every channel moved towards white) on the dark page of a dark colour scheme or a reading system's night mode.
 *
 * @param houseAccent the colour the house asked for
 * @param paper the page the colours are for: {@link #PAPER} or {@link #DARK_PAPER}
 * @param accent the colour used for text and rules (equal to {@code houseAccent} when it passes)
 * @param tint the background of boxes, a little of the accent over the paper
 */
public record AccentPalette(String houseAccent, String paper, String accent, String tint) {
    public static final String TEXT = "#1a1a1a";
    public static final String MUTED_TEXT = "#4d4d4d";
    public static final String PAPER = "#ffffff";
    /** The dark page: Material's dark surface, close to the night pages of reading systems (#000 to #1e1e1e). */
    public static final String DARK_PAPER = "#121212";

    public static final String DARK_TEXT = "#e6e6e6";
    public static final String DARK_MUTED_TEXT = "#b0b0b0";
    public static final double MINIMUM_CONTRAST = 4.5;

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final double TINT_STRENGTH = 0.07;
    // A box must still read as a box on a dark page, where 7% of the accent is invisible.
    private static final double DARK_TINT_STRENGTH = 0.16;

    /** The colours for white paper: the accent darkened if it is too light. */
    public static AccentPalette of(String houseAccent) {
        return adjusted(houseAccent, PAPER, TINT_STRENGTH);
    }

    /** The colours for {@link #DARK_PAPER}: the accent lightened if it is too dark. */
    public static AccentPalette onDarkPage(String houseAccent) {
        return adjusted(houseAccent, DARK_PAPER, DARK_TINT_STRENGTH);
    }

    private static AccentPalette adjusted(String houseAccent, String paperColour, double tintStrength) {
        if (!HEX.matcher(houseAccent).matches()) {
            throw new IllegalArgumentException("accent colour must be #rrggbb, not " + houseAccent);
        }
        String house = houseAccent.toLowerCase(Locale.ROOT);
        int[] paper = rgb(paperColour);
        boolean darkPage = luminance(paper) < 0.5;
        int[] accent = rgb(house);
        int[] tint = mix(accent, paper, tintStrength);
        // Moving the accent moves the tint a little too, so recompute both until the pair passes. Both steps
        // keep the hue: scaling towards black keeps the channels' ratios, moving towards white their differences'.
        while (contrast(accent, tint) < MINIMUM_CONTRAST || contrast(accent, paper) < MINIMUM_CONTRAST) {
            accent = darkPage ? lighter(accent) : darker(accent);
            tint = mix(accent, paper, tintStrength);
        }
        return new AccentPalette(house, paperColour, hex(accent), hex(tint));
    }

    /** 5% towards black. */
    private static int[] darker(int[] rgb) {
        return new int[] {rgb[0] * 95 / 100, rgb[1] * 95 / 100, rgb[2] * 95 / 100};
    }

    /** 5% towards white, at least one step, so that white is reached. */
    private static int[] lighter(int[] rgb) {
        int[] lighter = new int[3];
        for (int i = 0; i < 3; i++) {
            lighter[i] = rgb[i] + (255 - rgb[i] + 19) / 20;
        }
        return lighter;
    }

    /** Whether the house accent had to be moved for this page. */
    public boolean adjusted() {
        return !houseAccent.equals(accent);
    }

    public boolean darkened() {
        return adjusted() && paper.equals(PAPER);
    }

    public boolean lightened() {
        return adjusted() && paper.equals(DARK_PAPER);
    }

    /** The WCAG contrast ratio of two {@code #rrggbb} colours. */
    public static double contrast(String first, String second) {
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
