package dev.brief.pdf.text;

import dev.brief.pdf.fonts.Face;
import java.util.Objects;

/**
 * A stretch of a paragraph's text in one face and size. The owner is the caller's: it comes back
 * on every {@link Piece} cut from this run, so the caller can tag links and note references.
 * {@code '\n'} in the text is a forced line break.
 *
 * @param <T> the caller's owner type
 */
public record StyledRun<T>(String text, Face face, float size, T owner) {
    public StyledRun {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(face, "face");
        if (!(size > 0)) {
            throw new IllegalArgumentException("size must be positive: " + size);
        }
    }
}
