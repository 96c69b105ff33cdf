package dev.brief.pdf.text;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;

/**
 * Places the pieces of one line in visual order (UAX #9 rule L2): runs of a higher bidi level reverse, so that
 * in a right-to-left line the first word stands at the right and a Latin acronym or a number inside it still reads
 * left to right. Each piece keeps the room it had in logical order (its width, and for a space the stretch
 * justification gave it); only the pieces' x positions change. The list itself stays in logical order, which is
 * the order the page's content stream shows them in, so that text read in content order is the source text. A
 * right-to-left line is aligned right.
 */
final class VisualOrder<T> {
    private final ParagraphText<T> paragraph;
    private final List<Piece<T>> pieces;

    VisualOrder(ParagraphText<T> paragraph, List<Piece<T>> pieces) {
        this.paragraph = paragraph;
        this.pieces = pieces;
    }

    /**
     * The pieces at their visual positions, in logical order.
     *
     * @param width the width available to the line
     */
    List<Piece<T>> place(float width) {
        int count = pieces.size();
        if (count == 0) {
            return pieces;
        }
        float[] room = new float[count];
        byte[] levels = new byte[count];
        int visibleEnd = count;
        while (visibleEnd > 0 && pieces.get(visibleEnd - 1).space()) {
            visibleEnd--;
        }
        boolean rightToLeft = paragraph.base() == RunDirection.RIGHT_TO_LEFT;
        for (int p = 0; p < count; p++) {
            Piece<T> piece = pieces.get(p);
            room[p] = p + 1 < count ? pieces.get(p + 1).x() - piece.x() : piece.width();
            // Spaces at the end of a line take the paragraph's level (rule L1).
            levels[p] = p >= visibleEnd ? (byte) (rightToLeft ? 1 : 0) : (byte) paragraph.levelAt(piece.offset());
        }
        Integer[] order = new Integer[count];
        for (int p = 0; p < count; p++) {
            order[p] = p;
        }
        Bidi.reorderVisually(levels, 0, order, 0, count);
        float[] x = new float[count];
        float pen = 0;
        for (int v = 0; v < count; v++) {
            int p = order[v];
            if (p >= visibleEnd) {
                continue;
            }
            x[p] = pen;
            pen += room[p];
        }
        // The room of the last visible piece is its width: pen is where the visible text ends.
        float shift = rightToLeft ? Math.max(0, width - pen) : 0;
        List<Piece<T>> placed = new ArrayList<>(count);
        for (int p = 0; p < count; p++) {
            float at = p < visibleEnd
                    ? x[p] + shift
                    : trailingPosition(rightToLeft, shift, pen, pieces.get(p), p, visibleEnd, room);
            placed.add(pieces.get(p).at(at));
        }
        return placed;
    }

    /**
     * Spaces after the last visible piece draw nothing; they go beyond the line's end, on the left of a
     * right-to-left line, so that they stay out of the text's way.
     */
    private float trailingPosition(
            boolean rightToLeft, float shift, float pen, Piece<T> piece, int p, int visibleEnd, float[] room) {
        float before = 0;
        for (int k = visibleEnd; k < p; k++) {
            before += room[k];
        }
        return rightToLeft ? shift - before - piece.width() : pen + before;
    }
}
