package dev.brief.pdf.text;

import java.util.List;

/**
 * One line of a broken paragraph.
 *
 * @param pieces the pieces in order, with x offsets that already include justification
 * @param text the paragraph characters this line stands for, so that the texts of all lines
 *     concatenate to the paragraph exactly (it ends with the space or line feed at the break, and
 *     never includes an added hyphen)
 * @param width the width available to the line
 * @param contentWidth where the last visible piece ends (equals {@code width} for a justified
 *     line that is not the last)
 * @param hyphenated whether the breaker added a hyphen at the end (it is in the last piece's
 *     {@code text}, not in its {@code sourceText})
 * @param hyphenatedWord when hyphenated, the whole word that continues on the next line, for a
 *     caller that sets {@code /ActualText} per word; empty otherwise
 * @param forcedBreak whether the line ends at a line break of the source
 * @param emergency whether the line ends inside an unbreakable word (a last resort against an
 *     overfull line), to be reported as a warning
 * @param adjustmentRatio how far the spaces were stretched (positive, in units of their
 *     stretchability: half a space) or shrunk (negative, down to -1: a third of a space); 0 for
 *     natural spacing
 */
public record Line<T>(
        List<Piece<T>> pieces,
        String text,
        float width,
        float contentWidth,
        boolean hyphenated,
        String hyphenatedWord,
        boolean forcedBreak,
        boolean emergency,
        float adjustmentRatio) {
    public Line {
        pieces = List.copyOf(pieces);
    }
}
