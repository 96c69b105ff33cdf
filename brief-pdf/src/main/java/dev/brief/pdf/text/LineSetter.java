package dev.brief.pdf.text;

import dev.brief.pdf.fonts.FontLibrary;
import dev.brief.pdf.fonts.FontMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets the lines chosen by {@link OptimalFit}: cuts each into pieces (one per run between
 * spaces, one per space) and positions them, stretching or shrinking the spaces of a justified
 * line so that it ends exactly at its width.
 */
final class LineSetter<T> {
    private final ParagraphText<T> paragraph;
    private final List<Item> items;
    private final OptimalFit fit;
    private final LineWidths widths;
    private final FontLibrary fonts;
    private final GlyphLayout layout;

    LineSetter(
            ParagraphText<T> paragraph,
            List<Item> items,
            OptimalFit fit,
            LineWidths widths,
            FontLibrary fonts,
            GlyphLayout layout) {
        this.layout = layout;
        this.paragraph = paragraph;
        this.items = items;
        this.fit = fit;
        this.widths = widths;
        this.fonts = fonts;
    }

    List<Line<T>> lines(int[] breaks) {
        List<Line<T>> lines = new ArrayList<>(breaks.length);
        int start = 0;
        int textStart = 0;
        for (int j = 0; j < breaks.length; j++) {
            Line<T> line = line(start, breaks[j], widths.width(j), textStart);
            lines.add(line);
            textStart += line.text().length();
            start = fit.after(breaks[j]);
        }
        return lines;
    }

    private Line<T> line(int start, int end, float width, int textStart) {
        double ratio = fit.ratio(start, end, width);
        if (Double.isInfinite(ratio) || Double.isNaN(ratio)) {
            ratio = 0;
        }
        List<Piece<T>> pieces = new ArrayList<>();
        PieceBuilder open = null;
        double x = 0;
        for (int k = start; k < end; k++) {
            Item item = items.get(k);
            if (item.isBox()) {
                if (open == null || open.run != item.run() || !paragraph.sameSegment(open.start, item.start())) {
                    close(open, pieces);
                    open = new PieceBuilder(item.run(), item.start(), x);
                }
                open.extend(item);
                x += item.width();
            } else if (item.isGlue()) {
                close(open, pieces);
                open = null;
                if (item.end() > item.start()) {
                    pieces.add(space(item, x));
                }
                x += item.width() + ratio * (ratio > 0 ? item.stretch() : item.shrink());
            }
        }
        Item last = items.get(end);
        boolean hyphenated = last.isPenalty() && last.addsHyphen() && open != null;
        if (hyphenated) {
            open.hyphen = last.width();
            x += last.width();
        }
        close(open, pieces);
        float contentWidth = 0;
        for (Piece<T> piece : pieces) {
            if (!piece.space()) {
                contentWidth = Math.max(contentWidth, piece.x() + piece.width());
            }
        }
        if (last.isGlue() && last.end() > last.start()) {
            pieces.add(space(last, x));
        }
        if (!paragraph.isSimple()) {
            pieces = new VisualOrder<>(paragraph, pieces).place(width);
        }
        int textEnd = last.isGlue() || last.isForcedBreak() ? last.end() : last.start();
        String word = hyphenated ? paragraph.text().substring(last.wordStart(), last.wordEnd()) : "";
        boolean forced = last.isForcedBreak() && end < items.size() - 1;
        return new Line<>(
                pieces,
                paragraph.text().substring(textStart, textEnd),
                width,
                contentWidth,
                hyphenated,
                word,
                forced,
                last.emergency(),
                (float) ratio);
    }

    private Piece<T> space(Item glue, double x) {
        StyledRun<T> run = paragraph.run(glue.run());
        FontMetrics metrics = fonts.metrics(run.face());
        String source = paragraph.text().substring(glue.start(), glue.end());
        return new Piece<>(
                drawnSpace(source, metrics),
                source,
                run.face(),
                run.size(),
                (float) x,
                (float) glue.width(),
                run.owner(),
                true,
                glue.start(),
                direction(glue.start()));
    }

    /** The space as drawn: a tab or a space the font lacks becomes a plain space; mostly the source itself. */
    private static String drawnSpace(String source, FontMetrics metrics) {
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\t' || !metrics.covers(c)) {
                StringBuilder drawn = new StringBuilder(source.length());
                for (int k = 0; k < source.length(); k++) {
                    char d = source.charAt(k);
                    drawn.append(d != '\t' && metrics.covers(d) ? d : ' ');
                }
                return drawn.toString();
            }
        }
        return source;
    }

    private void close(PieceBuilder open, List<Piece<T>> pieces) {
        if (open == null) {
            return;
        }
        StyledRun<T> run = paragraph.run(open.run);
        String source = paragraph.text().substring(open.start, open.end);
        String drawn = open.hyphen > 0 ? drawnWord(source) + '-' : drawnWord(source);
        pieces.add(new Piece<>(
                drawn,
                source,
                run.face(),
                run.size(),
                (float) open.x,
                (float) (open.width + open.hyphen),
                run.owner(),
                false,
                open.start,
                direction(open.start)));
    }

    private RunDirection direction(int index) {
        return RunDirection.of((paragraph.levelAt(index) & 1) != 0);
    }

    /**
     * The word without the characters that are never drawn (see {@link FontMetrics#isNotDrawn}), except the
     * joiners that shaping reads; mostly itself.
     */
    private static String drawnWord(String source) {
        return GlyphLayout.withoutHidden(source);
    }

    /** A word piece being collected from consecutive boxes of one run. */
    private static final class PieceBuilder {
        final int run;
        final int start;
        final double x;
        int end;
        double width;
        double hyphen;

        PieceBuilder(int run, int start, double x) {
            this.run = run;
            this.start = start;
            this.end = start;
            this.x = x;
        }

        void extend(Item box) {
            end = box.end();
            width += box.width();
        }
    }
}
