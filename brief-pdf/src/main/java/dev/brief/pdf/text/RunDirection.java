package dev.brief.pdf.text;

/** The direction a piece of text is laid out in (UAX #9 base direction of a line or a label). */
public enum RunDirection {
    LEFT_TO_RIGHT,
    RIGHT_TO_LEFT,
    /** From the first strong character, left to right when there is none (UAX #9 rules P2 and P3). */
    FIRST_STRONG;

    public static RunDirection of(boolean rightToLeft) {
        return rightToLeft ? RIGHT_TO_LEFT : LEFT_TO_RIGHT;
    }
}
