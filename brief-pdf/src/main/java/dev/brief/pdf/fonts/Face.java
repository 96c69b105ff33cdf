package dev.brief.pdf.fonts;

/**
 * A typeface of the two families a brief is set in: serif for running text, sans for headings,
 * the side column and captions. Inline emphasis moves between faces with {@link #withItalic()} and
 * {@link #withBold()}, so nested {@code *emphasis*} and {@code **strong**} compose.
 *
 * <p>Public also for the Maven plugin, which adds the fallback fonts the PDF uses to the web editions.
 */
public enum Face {
    SERIF_REGULAR(true, Weight.REGULAR, false),
    SERIF_ITALIC(true, Weight.REGULAR, true),
    SERIF_BOLD(true, Weight.BOLD, false),
    SERIF_BOLD_ITALIC(true, Weight.BOLD, true),
    SANS_REGULAR(false, Weight.REGULAR, false),
    SANS_ITALIC(false, Weight.REGULAR, true),
    /** Between regular and bold: headings that should not shout. */
    SANS_SEMIBOLD(false, Weight.SEMIBOLD, false),
    SANS_BOLD(false, Weight.BOLD, false),
    SANS_BOLD_ITALIC(false, Weight.BOLD, true);

    private enum Weight {
        REGULAR,
        SEMIBOLD,
        BOLD
    }

    private final boolean serif;
    private final Weight weight;
    private final boolean italic;

    Face(boolean serif, Weight weight, boolean italic) {
        this.serif = serif;
        this.weight = weight;
        this.italic = italic;
    }

    public boolean serif() {
        return serif;
    }

    /** True for bold and semibold. */
    public boolean bold() {
        return weight != Weight.REGULAR;
    }

    public boolean italic() {
        return italic;
    }

    /** The face of the given family with the given style (semibold is chosen only by name). */
    public static Face of(boolean serif, boolean bold, boolean italic) {
        for (Face face : values()) {
            if (face.serif == serif && face.italic == italic && face.weight == (bold ? Weight.BOLD : Weight.REGULAR)) {
                return face;
            }
        }
        throw new AssertionError("every combination has a face");
    }

    /** This face made italic (semibold has no italic and becomes bold italic). */
    public Face withItalic() {
        return of(serif, bold(), true);
    }

    /** This face made bold. */
    public Face withBold() {
        return of(serif, true, italic);
    }
}
