package dev.brief.pdf.text;

import dev.brief.core.language.FrenchPunctuation;
import dev.brief.pdf.fonts.FontLibrary;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a paragraph's runs into boxes, glue and penalties. Spaces become glue (stretchable when
 * justifying), no-break spaces glue that cannot break, line feeds forced breaks, and words boxes
 * with penalties at the places a word may break ({@link WordBreak}). A box never spans two runs.
 */
final class ItemBuilder<T> {
    private static final int RAGGED_HYPHEN_PENALTY = 300;

    private final ParagraphText<T> paragraph;
    private final ParagraphWidths<T> widths;
    private final Alignment alignment;
    private final List<Item> items = new ArrayList<>();
    /** The widest stretch of a word between two places where the line may break, as built. */
    private double widestUnit;

    private Optional<Hyphenator> hyphenator = Optional.empty();
    private double emergencyWidth = Double.POSITIVE_INFINITY;
    private FrenchPunctuation french = FrenchPunctuation.NONE;
    /** The first character whose items are not built yet. */
    private int next;

    /** A builder for a paragraph that is simple or whose levels and typefaces are not resolved. */
    ItemBuilder(ParagraphText<T> paragraph, FontLibrary fonts, Alignment alignment) {
        this(paragraph, fonts, new GlyphLayout(fonts, null), alignment);
    }

    ItemBuilder(ParagraphText<T> paragraph, FontLibrary fonts, GlyphLayout layout, Alignment alignment) {
        this.paragraph = paragraph;
        this.widths = new ParagraphWidths<>(paragraph, fonts, layout);
        this.alignment = alignment;
    }

    /**
     * The items of the paragraph, ending with the finishing fill and forced break.
     *
     * @param emergencyWidth a width no unbreakable stretch may exceed: longer ones get a break
     *     between every two characters; {@code Double.POSITIVE_INFINITY} for none
     */
    List<Item> build(Optional<Hyphenator> hyphenator, double emergencyWidth) {
        start(hyphenator, emergencyWidth);
        return finish();
    }

    /** Sets how the items are to be built; {@link #buildUntil} and {@link #finish} then build them. */
    void start(Optional<Hyphenator> hyphenator, double emergencyWidth) {
        this.hyphenator = hyphenator;
        this.emergencyWidth = emergencyWidth;
    }

    /** Sets narrow no-break spaces by French rules ({@link FrenchPunctuation}); none unless called. */
    void spaceFrench(FrenchPunctuation spacing) {
        this.french = spacing;
    }

    /**
     * Builds the items of the text up to at least character {@code limit}, a word or space at a time, and returns
     * those built so far: the same as the first items of {@link #finish}, except that the space ending them may
     * yet be made unbreakable (when a line end follows it).
     */
    List<Item> buildUntil(int limit) {
        String text = paragraph.text();
        int length = Math.min(limit, text.length());
        while (next < length) {
            char c = text.charAt(next);
            int i = next;
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                addForcedBreak(i, i + 2);
                next = i + 2;
            } else if (isLineEnd(c)) {
                addForcedBreak(i, i + 1);
                next = i + 1;
            } else if (isBreakingSpace(c)) {
                int end = i;
                while (end < text.length() && isBreakingSpace(text.charAt(end))) {
                    end++;
                }
                if (french.narrowsSpaces(text, i, end)) {
                    addNarrowSpace(i, end);
                } else {
                    addGlue(i, end, true);
                }
                next = end;
            } else if (isNoBreakSpace(c)) {
                addGlue(i, i + 1, false);
                next = i + 1;
            } else {
                int end = i;
                while (end < text.length()
                        && !isWordEnd(text.charAt(end))
                        && !(end > i && french.gapBefore(text, end))) {
                    end++;
                }
                addWord(i, end, hyphenator, emergencyWidth);
                if (end < text.length() && french.gapBefore(text, end)) {
                    addNarrowSpace(end, end);
                }
                next = end;
            }
        }
        return items;
    }

    int textLength() {
        return paragraph.text().length();
    }

    /** Builds the rest of the items and returns them all, ending with the finishing fill and forced break. */
    List<Item> finish() {
        int length = paragraph.text().length();
        buildUntil(length);
        int last = Math.max(0, paragraph.lastRun());
        keepTrailingSpace();
        items.add(Item.fill(last, length));
        items.add(Item.forcedBreak(last, length, length));
        return items;
    }

    /**
     * Whether building again with {@code emergencyWidth} would give the same items: no stretch of a word
     * between its breaks is wider (with a margin for rounding), so no emergency break would be added. Only
     * meaningful after building without an emergency width.
     */
    boolean needsNoEmergencyBreaks(double emergencyWidth) {
        return widestUnit < emergencyWidth - 1e-6;
    }

    static boolean isLineEnd(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    static boolean isNoBreakSpace(char c) {
        return c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    static boolean isBreakingSpace(char c) {
        return Character.isWhitespace(c) && !isLineEnd(c);
    }

    private static boolean isWordEnd(char c) {
        return isLineEnd(c) || isBreakingSpace(c) || isNoBreakSpace(c);
    }

    private void addForcedBreak(int start, int end) {
        int run = paragraph.runAt(start);
        keepTrailingSpace();
        items.add(Item.fill(run, start));
        items.add(Item.forcedBreak(run, start, end));
    }

    /** Spaces before a forced break stay on their line rather than leave an empty one. */
    private void keepTrailingSpace() {
        int last = items.size() - 1;
        if (last >= 0 && items.get(last).isGlue() && items.get(last).breakable()) {
            Item space = items.get(last);
            items.set(
                    last,
                    Item.glue(
                            space.run(),
                            space.start(),
                            space.end(),
                            space.width(),
                            space.stretch(),
                            space.shrink(),
                            false));
        }
    }

    private void addGlue(int start, int end, boolean breakable) {
        double width = 0;
        for (int i = start; i < end; i++) {
            width += widths.space(i);
        }
        boolean justified = alignment == Alignment.JUSTIFIED;
        items.add(Item.glue(
                paragraph.runAt(start),
                start,
                end,
                width,
                justified ? width / 2 : 0,
                justified ? width / 3 : 0,
                breakable));
    }

    /**
     * A narrow no-break space standing for the spaces {@code [start, end)}, or added between two characters
     * where {@code start == end}: unbreakable, as wide as U+202F in the font, and neither stretching nor
     * shrinking.
     */
    private void addNarrowSpace(int start, int end) {
        int runIndex = paragraph.runAt(start == end ? start - 1 : start);
        items.add(Item.glue(runIndex, start, end, widths.narrowSpace(runIndex), 0, 0, false));
    }

    private void addWord(int start, int end, Optional<Hyphenator> hyphenator, double emergencyWidth) {
        String text = paragraph.text();
        // Null when no break is possible inside the word: most words of a pass without hyphenation.
        WordBreak[] breaks = hyphenator.isPresent()
                        || emergencyWidth < Double.POSITIVE_INFINITY
                        || WordBreak.mayBreakUnhyphenated(text, start, end)
                ? WordBreak.find(text.substring(start, end), hyphenator)
                : null;
        if (emergencyWidth < Double.POSITIVE_INFINITY) {
            addEmergencyBreaks(start, end, breaks, emergencyWidth);
        }
        int boxStart = start;
        double unitWidth = 0;
        for (int p = start + 1; p <= end; p++) {
            WordBreak here = p < end && breaks != null ? breaks[p - start] : null;
            // A box has one run, one bidi level and one typeface: it is measured and drawn as one.
            boolean runChanges =
                    p < end && (paragraph.runAt(p) != paragraph.runAt(p - 1) || !paragraph.sameSegment(p - 1, p));
            if (p == end || runChanges || here != null) {
                double boxWidth = widths.of(boxStart, p);
                items.add(Item.box(paragraph.runAt(boxStart), boxStart, p, boxWidth, start, end));
                // Summed box by box, as widths.of(unitStart, p) sums it run by run.
                unitWidth += boxWidth;
                if (p == end || here != null) {
                    widestUnit = Math.max(widestUnit, unitWidth);
                    unitWidth = 0;
                }
                boxStart = p;
                if (here == WordBreak.IDEOGRAPHIC) {
                    // Room to break and, in a justified line, to space the characters apart.
                    int run = paragraph.runAt(p - 1);
                    double em = paragraph.run(run).size();
                    items.add(Item.glue(run, p, p, 0, alignment == Alignment.JUSTIFIED ? em / 4 : 0, 0, true));
                } else if (here != null) {
                    int run = paragraph.runAt(p - 1);
                    double hyphen = here.addsHyphen ? widths.hyphen(run) : 0;
                    items.add(Item.penalty(
                            run,
                            p,
                            hyphen,
                            penalty(here),
                            here.flagged,
                            here.addsHyphen,
                            here == WordBreak.EMERGENCY,
                            start,
                            end));
                }
            }
        }
    }

    /**
     * Ragged lines need not fill their width, so a hyphen must buy more there than it does in
     * justified text, where it saves spacing.
     */
    private int penalty(WordBreak kind) {
        return kind.addsHyphen && alignment == Alignment.RAGGED_RIGHT ? RAGGED_HYPHEN_PENALTY : kind.penalty;
    }

    /** Allows a break between any two characters of a stretch that could not fit on any line. */
    private void addEmergencyBreaks(int start, int end, WordBreak[] breaks, double limit) {
        int unitStart = start;
        for (int p = start + 1; p <= end; p++) {
            if (p < end && breaks[p - start] == null) {
                continue;
            }
            if (widths.of(unitStart, p) > limit) {
                BreakIterator characters = BreakIterator.getCharacterInstance();
                characters.setText(paragraph.text().substring(unitStart, p));
                for (int b = characters.next(); b != BreakIterator.DONE; b = characters.next()) {
                    int at = unitStart + b;
                    if (at < p && breaks[at - start] == null) {
                        breaks[at - start] = WordBreak.EMERGENCY;
                    }
                }
            }
            unitStart = p;
        }
    }
}
