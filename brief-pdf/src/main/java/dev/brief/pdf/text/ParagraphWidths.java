package dev.brief.pdf.text;

import dev.brief.pdf.fonts.FontLibrary;
import dev.brief.pdf.fonts.FontMetrics;

/**
 * The widths a paragraph's items are built with: of its text across runs (as drawn: shaped and in fallback
 * fonts when the paragraph is not simple), of its spaces, of a narrow no-break space and of an added hyphen.
 */
final class ParagraphWidths<T> {
    private final ParagraphText<T> paragraph;
    private final FontMetrics[] runMetrics;
    private final GlyphLayout layout;

    ParagraphWidths(ParagraphText<T> paragraph, FontLibrary fonts, GlyphLayout layout) {
        this.paragraph = paragraph;
        this.layout = layout;
        this.runMetrics = new FontMetrics[paragraph.runCount()];
        for (int run = 0; run < runMetrics.length; run++) {
            runMetrics[run] = fonts.metrics(paragraph.run(run).face());
        }
    }

    /** The drawn width of {@code text[start, end)}, across runs. */
    double of(int start, int end) {
        double total = 0;
        int from = start;
        while (from < end) {
            int run = paragraph.runAt(from);
            int to = Math.min(end, paragraph.runEnd(run));
            StyledRun<T> style = paragraph.run(run);
            if (paragraph.isSimple()) {
                total += runMetrics[run].width(paragraph.text(), from, to, style.size());
            } else {
                RunDirection direction = RunDirection.of((paragraph.levelAt(from) & 1) != 0);
                total += layout.width(style.face(), style.size(), paragraph.text(), from, to, direction);
            }
            from = to;
        }
        return total;
    }

    /** The width of the space at {@code index}: its own glyph when the font has one, else a space. */
    double space(int index) {
        int runIndex = paragraph.runAt(index);
        StyledRun<T> run = paragraph.run(runIndex);
        FontMetrics metrics = runMetrics[runIndex];
        char c = paragraph.text().charAt(index);
        int shown = c != '\t' && metrics.covers(c) ? c : ' ';
        return metrics.width(shown, run.size());
    }

    /** The width of a narrow no-break space (U+202F) in run {@code runIndex}. */
    double narrowSpace(int runIndex) {
        StyledRun<T> run = paragraph.run(runIndex);
        FontMetrics metrics = runMetrics[runIndex];
        // A fifth of an em, the thin space of French typesetting, for a font without the character.
        return metrics.covers('\u202F') ? metrics.width('\u202F', run.size()) : run.size() / 5.0;
    }

    /** The width of the hyphen added at a line end in run {@code run}. */
    double hyphen(int run) {
        StyledRun<T> style = paragraph.run(run);
        return runMetrics[run].width('-', style.size());
    }
}
