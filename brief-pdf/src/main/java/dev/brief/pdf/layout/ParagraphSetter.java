package dev.brief.pdf.layout;

import dev.brief.core.language.TextDirection;
import dev.brief.pdf.UncoveredCharactersException;
import dev.brief.pdf.fonts.Face;
import dev.brief.pdf.fonts.FontLibrary;
import dev.brief.pdf.fonts.UncoveredCharacter;
import dev.brief.pdf.tag.Owner;
import dev.brief.pdf.tag.StructureNode;
import dev.brief.pdf.tag.StructureRole;
import dev.brief.pdf.text.Alignment;
import dev.brief.pdf.text.BrokenParagraph;
import dev.brief.pdf.text.Line;
import dev.brief.pdf.text.LineBreaker;
import dev.brief.pdf.text.LineWidths;
import dev.brief.pdf.text.Piece;
import dev.brief.pdf.text.RunDirection;
import dev.brief.pdf.text.StyledRun;
import java.awt.Color;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sets runs into rows of text marks with the optimal-fit breaker. A word hyphenated at a line end is wrapped
 * in a Span whose /ActualText is the whole word, so the added hyphen is never read (ISO 32000-1 14.9.4,
 * PDF/UA-1 7.2). Two-line widow and orphan control is expressed as keep flags on the rows.
 */
final class ParagraphSetter {
    static final float SUPERSCRIPT_SCALE = 0.62f;
    private final LineBreaker breaker;
    private final String language;
    /** The brief's base direction: every paragraph's (UAX #9 rule P3 is overridden, as HTML's dir does). */
    private final RunDirection direction;

    private final Color linkColor;
    private final Map<String, Integer> sourceOrder;
    private final FontLibrary fonts;
    private final List<UncoveredCharactersException.Uncovered> uncovered = new ArrayList<>();
    private final Map<String, Integer> ends = new java.util.HashMap<>();
    private String lastElement;

    /** {@code sourceOrder} records each element id the first time its text is set: planning is in source order. */
    ParagraphSetter(FontLibrary fonts, String language, Color linkColor, Map<String, Integer> sourceOrder) {
        this.fonts = fonts;
        this.breaker = new LineBreaker(fonts);
        this.language = language;
        this.direction = RunDirection.of(TextDirection.of(language).isRightToLeft());
        this.linkColor = linkColor;
        this.sourceOrder = sourceOrder;
    }

    List<Row> rows(List<TextRun> runs, TextStyle style, float width, boolean justify, float spaceBefore) {
        List<StyledRun<TextRun>> styled = new ArrayList<>();
        Map<TextRun, Integer> runStarts = new IdentityHashMap<>();
        int length = 0;
        for (TextRun run : runs) {
            if (run.elementId() != null) {
                sourceOrder.putIfAbsent(run.elementId(), sourceOrder.size());
                ends.merge(run.elementId(), run.offset() + run.text().length(), Math::max);
                lastElement = run.elementId();
            }
            String text = run.lineBreak() ? "\n" : run.text();
            for (UncoveredCharacter character : fonts.uncovered(run.face(), text, language)) {
                uncovered.add(new UncoveredCharactersException.Uncovered(
                        run.elementId(), run.offset() + character.index(), character));
            }
            runStarts.put(run, length);
            length += text.length();
            styled.add(new StyledRun<>(
                    text, run.face(), run.superscript() ? run.size() * SUPERSCRIPT_SCALE : run.size(), run));
        }
        // A script whose font is much taller than the face's (Urdu's Nastaliq) needs wider line spacing.
        float leading = style.leading();
        for (TextRun run : runs) {
            leading = Math.max(leading, fonts.tallLineHeight(run.face(), run.text(), language, run.size()));
        }
        BrokenParagraph<TextRun> paragraph = breaker.breakLines(
                styled,
                LineWidths.uniform(width),
                justify ? Alignment.JUSTIFIED : Alignment.RAGGED_RIGHT,
                language,
                direction);
        List<Row> rows = new ArrayList<>();
        float baseline = leading * 0.5f + style.size() * 0.33f;
        int lineStart = 0;
        StructureNode continuedWord = null;
        List<Line<TextRun>> lines = paragraph.lines();
        for (int l = 0; l < lines.size(); l++) {
            Line<TextRun> line = lines.get(l);
            Row row = new Row(leading, l == 0 ? spaceBefore : 0);
            Underlines underlines = new Underlines(linkColor);
            int position = lineStart;
            for (int p = 0; p < line.pieces().size(); p++) {
                Piece<TextRun> piece = line.pieces().get(p);
                TextRun run = piece.owner();
                int offset = run.offset() + position - runStarts.get(run);
                position += piece.sourceText().length();
                Owner owner = run.owner();
                if (continuedWord != null && !piece.space()) {
                    owner = continuedWord;
                    continuedWord = null;
                } else if (piece.needsActualText()) {
                    StructureNode span = run.owner().addInline(StructureRole.SPAN);
                    owner = span;
                    boolean hyphenEnd = line.hyphenated() && p == line.pieces().size() - 1;
                    if (hyphenEnd && continuesAlone(piece, line, l + 1 < lines.size() ? lines.get(l + 1) : null)) {
                        span.actualText(line.hyphenatedWord());
                        continuedWord = span;
                    } else {
                        span.actualText(piece.sourceText());
                    }
                }
                float rise = run.superscript() ? run.size() * 0.36f : 0;
                Color color = run.target() != null ? linkColor : style.color();
                row.add(new Mark.Text(
                        owner,
                        piece.text(),
                        piece.face(),
                        piece.size(),
                        color,
                        piece.x(),
                        baseline - rise,
                        run,
                        offset,
                        piece.direction()));
                underlines.extend(piece, baseline);
            }
            underlines.finish(row);
            if (line.forcedBreak()) {
                forcedBreakSpace(row, line, runs, runStarts, position, baseline, style);
            }
            lineStart += line.text().length();
            rows.add(row);
        }
        if (rows.isEmpty()) {
            rows.add(new Row(leading, spaceBefore));
        }
        keepTogether(rows);
        return rows;
    }

    /**
     * A forced line break reads as a space (see {@code PlainText}), so an invisible space is drawn where the
     * line ends, owned by the break's own run.
     */
    private static void forcedBreakSpace(
            Row row,
            Line<TextRun> line,
            List<TextRun> runs,
            Map<TextRun, Integer> starts,
            int position,
            float baseline,
            TextStyle style) {
        TextRun owner = null;
        for (TextRun run : runs) {
            if (starts.get(run) <= position) {
                owner = run;
            }
        }
        if (owner != null) {
            row.add(new Mark.Text(
                    owner.owner(),
                    " ",
                    owner.face(),
                    owner.size(),
                    style.color(),
                    line.contentWidth(),
                    baseline,
                    owner,
                    owner.offset() + position - starts.get(owner)));
        }
    }

    /** Whether the hyphenated word's rest is the whole first piece of the next line, with the same owner. */
    private static boolean continuesAlone(Piece<TextRun> piece, Line<TextRun> line, Line<TextRun> next) {
        if (next == null || next.pieces().isEmpty()) {
            return false;
        }
        Piece<TextRun> rest = next.pieces().get(0);
        return !rest.space()
                && rest.owner().owner() == piece.owner().owner()
                && !rest.needsActualText()
                && line.hyphenatedWord().equals(piece.sourceText() + rest.sourceText());
    }

    /** The element whose text was set last, or null: planning is in source order, so the one just before. */
    String lastElement() {
        return lastElement;
    }

    /** Where the text of {@code elementId} set so far ends, as an offset into its plain text. */
    int end(String elementId) {
        return ends.getOrDefault(elementId, 0);
    }

    /** Records the characters of text drawn outside paragraphs (masthead, running header) that a face lacks. */
    void check(Face face, String text, String elementId) {
        for (UncoveredCharacter character : fonts.uncovered(face, text, language)) {
            uncovered.add(new UncoveredCharactersException.Uncovered(elementId, character.index(), character));
        }
    }

    /** Fails with every character no face could draw, before anything is drawn. */
    void checkCoverage() {
        if (!uncovered.isEmpty()) {
            throw new UncoveredCharactersException(uncovered);
        }
    }

    /** Orphans and widows: the first two and the last two lines of a paragraph stay together. */
    private static void keepTogether(List<Row> rows) {
        if (rows.size() > 1) {
            rows.get(1).keepWithPrevious = true;
            rows.get(rows.size() - 1).keepWithPrevious = true;
        }
    }
}
