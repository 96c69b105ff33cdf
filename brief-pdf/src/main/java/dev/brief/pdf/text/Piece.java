package dev.brief.pdf.text;

import dev.brief.pdf.fonts.Face;

/**
 * A positioned piece of a line, drawn with one {@code Tj}: a word or part of one, or the spaces
 * between words (drawn too, so that extracted text has its spaces; they are invisible).
 *
 * @param text what to draw; includes a hyphen the breaker added at the end of a line, excludes
 *     characters that are never drawn (soft hyphens, zero-width spaces)
 * @param sourceText the paragraph's own characters that this piece shows, without any added
 *     hyphen: the {@code /ActualText} when it differs from {@code text}
 * @param x offset of the piece's origin from the start of the line, in points
 * @param width advance of {@code text} in points
 * @param space whether this piece is spacing between words
 * @param offset the index of {@code sourceText} in the paragraph (the concatenated run texts),
 *     for source positions and page-map offsets
 * @param direction the direction the piece's glyphs run in: its bidi level's (UAX #9)
 * @param <T> the owner type of the runs
 */
public record Piece<T>(
        String text,
        String sourceText,
        Face face,
        float size,
        float x,
        float width,
        T owner,
        boolean space,
        int offset,
        RunDirection direction) {

    /** A left-to-right piece. */
    public Piece(
            String text,
            String sourceText,
            Face face,
            float size,
            float x,
            float width,
            T owner,
            boolean space,
            int offset) {
        this(text, sourceText, face, size, x, width, owner, space, offset, RunDirection.LEFT_TO_RIGHT);
    }

    /** This piece moved to {@code newX}. */
    Piece<T> at(float newX) {
        return new Piece<>(text, sourceText, face, size, newX, width, owner, space, offset, direction);
    }

    /** Whether a span with {@code /ActualText} is needed to read this piece correctly. */
    public boolean needsActualText() {
        return !text.equals(sourceText);
    }
}
