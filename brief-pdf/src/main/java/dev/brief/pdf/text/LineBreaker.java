package dev.brief.pdf.text;

import dev.brief.core.language.FrenchPunctuation;
import dev.brief.pdf.fonts.FontLibrary;
import java.util.List;
import java.util.Optional;

/**
 * Breaks a paragraph into lines by total fit (see {@link OptimalFit}), in up to four passes as TeX
 * does: first without hyphenation and strict spacing; then with hyphenation; then accepting any
 * spacing and breaking inside words too long for any line; finally breaking anywhere. No line is
 * ever wider than its width. Thread-safe.
 */
public final class LineBreaker {
    /** Badness limits of the first two passes (TeX's \pretolerance and \tolerance). */
    private static final double PRETOLERANCE = 100;

    private static final double TOLERANCE = 200;
    /** Stretch at the end of a ragged line, in ems: how uneven ragged lines may be. */
    private static final double RAGGED_STRETCH_EMS = 2;
    /** Stretch every line is assumed to have in the last passes, in ems (LaTeX's \sloppy). */
    private static final double EMERGENCY_STRETCH_EMS = 3;
    /** How much text of a long paragraph is tried alone first, in characters: a line or two. */
    private static final int HEAD_CHARACTERS = 150;

    private final FontLibrary fonts;

    public LineBreaker(FontLibrary fonts) {
        this.fonts = fonts;
    }

    /**
     * Breaks a paragraph, hyphenating by the patterns for a BCP 47 language tag (none when the
     * tag is null, blank or a language without patterns) and, in French, setting the narrow
     * no-break spaces of its punctuation ({@link FrenchPunctuation}).
     */
    public <T> BrokenParagraph<T> breakLines(
            List<StyledRun<T>> runs, LineWidths widths, Alignment alignment, String languageTag) {
        return breakLines(runs, widths, alignment, languageTag, RunDirection.LEFT_TO_RIGHT);
    }

    /**
     * Breaks a paragraph of a brief in {@code languageTag} whose text runs in {@code direction}: a right-to-left
     * paragraph's lines are aligned right and each line's pieces are placed in visual order (UAX #9 L2).
     */
    public <T> BrokenParagraph<T> breakLines(
            List<StyledRun<T>> runs,
            LineWidths widths,
            Alignment alignment,
            String languageTag,
            RunDirection direction) {
        return breakLines(
                runs,
                widths,
                alignment,
                Hyphenator.forLanguage(languageTag),
                new GlyphLayout(fonts, languageTag),
                direction,
                FrenchPunctuation.forLanguage(languageTag));
    }

    /** Breaks a paragraph, hyphenating with {@code hyphenator} when present. */
    public <T> BrokenParagraph<T> breakLines(
            List<StyledRun<T>> runs, LineWidths widths, Alignment alignment, Optional<Hyphenator> hyphenator) {
        return breakLines(
                runs,
                widths,
                alignment,
                hyphenator,
                new GlyphLayout(fonts, null),
                RunDirection.LEFT_TO_RIGHT,
                FrenchPunctuation.NONE);
    }

    private <T> BrokenParagraph<T> breakLines(
            List<StyledRun<T>> runs,
            LineWidths widths,
            Alignment alignment,
            Optional<Hyphenator> hyphenator,
            GlyphLayout layout,
            RunDirection direction,
            FrenchPunctuation french) {
        ParagraphText<T> paragraph = new ParagraphText<>(runs);
        paragraph.resolve(layout, direction);
        if (paragraph.length() == 0) {
            return new BrokenParagraph<>(List.of());
        }
        float em = largestSize(runs);
        double ragged = alignment == Alignment.RAGGED_RIGHT ? RAGGED_STRETCH_EMS * em : 0;
        double emergency = ragged + EMERGENCY_STRETCH_EMS * em;
        double infinite = Double.POSITIVE_INFINITY;
        Pass[] passes = {
            new Pass(Optional.empty(), infinite, PRETOLERANCE, ragged),
            new Pass(hyphenator, infinite, TOLERANCE, ragged),
            new Pass(hyphenator, widths.narrowest(), infinite, emergency),
            new Pass(hyphenator, 0, infinite, emergency),
        };
        // A pass whose items would be the last built pass's (same hyphenation, and no word too wide for
        // its emergency width) keeps them and their sums: the emergency pass after a failed second pass
        // usually does.
        Pass built = null;
        ItemBuilder<T> builder = null;
        List<Item> items = null;
        OptimalFit fit = null;
        for (Pass pass : passes) {
            if (pass.hyphenator().isEmpty() && pass == passes[1]) {
                continue;
            }
            if (built != null
                    && built.emergencyWidth() == Double.POSITIVE_INFINITY
                    && built.hyphenator().equals(pass.hyphenator())) {
                if (items == null) {
                    items = builder.finish();
                    fit = new OptimalFit(items, widths, built.extraStretch());
                }
                if (!builder.needsNoEmergencyBreaks(pass.emergencyWidth())) {
                    built = null;
                }
            } else {
                built = null;
            }
            if (built != null) {
                fit = fit.withExtraStretch(pass.extraStretch());
            } else {
                builder = new ItemBuilder<>(paragraph, fonts, layout, alignment);
                builder.spaceFrench(french);
                builder.start(pass.hyphenator(), pass.emergencyWidth());
                built = pass;
                if (failsAtTheStart(builder, widths, pass)) {
                    items = null;
                    fit = null;
                    continue;
                }
                items = builder.finish();
                fit = new OptimalFit(items, widths, pass.extraStretch());
            }
            int[] breaks = fit.breaks(pass.tolerance());
            if (breaks != null) {
                return new BrokenParagraph<>(
                        new LineSetter<>(paragraph, items, fit, widths, fonts, layout).lines(breaks));
            }
        }
        throw new IllegalArgumentException("a character is wider than the line width " + widths.narrowest()
                + ": cannot set \"" + paragraph.text() + "\"");
    }

    /**
     * Whether a pass with a tolerance fails within the first lines of a long paragraph, judged on the items of
     * those lines alone: most passes that fail do so there (no feasible break in the first line or two), and
     * then building and searching the whole paragraph was wasted. The search on a head of the items takes the
     * same steps as on all of them up to the head's last box, so this is exact.
     */
    private static boolean failsAtTheStart(ItemBuilder<?> builder, LineWidths widths, Pass pass) {
        if (pass.tolerance() == Double.POSITIVE_INFINITY || builder.textLength() < 2 * HEAD_CHARACTERS) {
            return false;
        }
        List<Item> head = List.copyOf(builder.buildUntil(HEAD_CHARACTERS));
        int lastBox = head.size() - 1;
        while (lastBox > 0 && !head.get(lastBox).isBox()) {
            lastBox--;
        }
        return lastBox > 0 && new OptimalFit(head, widths, pass.extraStretch()).failsBefore(lastBox, pass.tolerance());
    }

    private static float largestSize(List<? extends StyledRun<?>> runs) {
        float largest = 0;
        for (StyledRun<?> run : runs) {
            largest = Math.max(largest, run.size());
        }
        return largest;
    }

    private record Pass(
            Optional<Hyphenator> hyphenator, double emergencyWidth, double tolerance, double extraStretch) {}
}
