package dev.brief.pdf.tag;

import dev.brief.pdf.fonts.SubsetFont;
import java.awt.Color;
import java.util.Arrays;

/**
 * The text last placed in a text object, not yet written, so that spaces which follow it where it ends can
 * join its string instead of being placed on their own. Layout draws every space between words as a piece of
 * its own, placed where the word before it ends; shown in the same string, a space lands there anyway (the text
 * position advances by the glyphs' widths, ISO 32000-1 9.4.4), so its own text matrix is left out. A space
 * draws nothing, so pages render as before, and the text of each marked-content sequence is unchanged. Visible
 * text is always placed by its own matrix.
 */
final class PendingText {
    /** How close (in points) a space must start to where the text before it ends: far below any pixel. */
    private static final float SAME_PLACE = 0.001f;

    private byte[] codes = new byte[64];
    private int length;
    private SubsetFont font;
    private float size;
    private Color color;
    private float end;
    private float baseline;

    /** Whether {@code text} is spaces only, in the same font, size and colour, starting where the text ends. */
    boolean continuesWith(SubsetFont nextFont, float nextSize, Color nextColor, float x, float y, String text) {
        return font == nextFont
                && Float.compare(size, nextSize) == 0
                && color.equals(nextColor)
                && Float.compare(baseline, y) == 0
                && Math.abs(x - end) < SAME_PLACE
                && isSpaces(text);
    }

    void start(SubsetFont textFont, float textSize, Color textColor, float x, float y, String text) {
        font = textFont;
        size = textSize;
        color = textColor;
        baseline = y;
        length = 0;
        end = x;
        extend(textFont, textSize, text);
    }

    void extend(SubsetFont textFont, float textSize, String text) {
        int room = text.length() * 2;
        if (length + room > codes.length) {
            codes = Arrays.copyOf(codes, Math.max(codes.length * 2, length + room));
        }
        length = textFont.encode(text, codes, length);
        end += textFont.width(text, textSize);
    }

    /** Writes the pending text, if any, with Tj. */
    void flush(ContentStreamWriter writer) {
        if (font != null) {
            writer.showText(codes, length);
            font = null;
        }
    }

    private static boolean isSpaces(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return !text.isEmpty();
    }
}
