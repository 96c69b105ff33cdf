package dev.brief.pdf.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.brief.pdf.fonts.Face;
import dev.brief.pdf.fonts.FontLibrary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Total fit really is optimal: no way of breaking a short paragraph has fewer demerits, and on long
 * paragraphs it never does worse than filling each line as far as it goes.
 *
 * <p>The tries come from {@code jqwik.tries.default}: a hundred in the default build, many more with
 * {@code mvn -Pthorough}.
 */
class OptimalFitProperties {
    private static final String[] WORDS = {
        "a",
        "of",
        "data",
        "the",
        "trust",
        "public",
        "council",
        "residents",
        "stewardship",
        "accountability",
        "records",
        "well-known",
        "and"
    };
    /**
     * The brute force below tries about 2^(n-1) sequences for n breakpoints when every line fits (a
     * loose ragged paragraph with hyphenation): 14 keep each case within milliseconds, where 29 took
     * minutes.
     */
    private static final int MOST_BREAKPOINTS_FOR_BRUTE_FORCE = 14;

    /** A paragraph as the search sees it, and the text it came from (what jqwik reports when one fails). */
    record Paragraph(String text, boolean hyphenate, boolean ragged, List<Item> items, LineWidths widths) {
        OptimalFit fit() {
            return new OptimalFit(items, widths, ragged ? 20 : 30);
        }

        int breakpoints() {
            OptimalFit fit = fit();
            int count = 0;
            for (int b = 0; b < items.size(); b++) {
                count += fit.isBreakpoint(b) ? 1 : 0;
            }
            return count;
        }

        @Override
        public String toString() {
            return "\"" + text + "\" in " + widths + ", hyphenate " + hyphenate + ", ragged " + ragged + " ("
                    + items.size() + " items)";
        }
    }

    @Property
    void noBreakSequenceBeatsTheChosenOne(@ForAll("shortParagraphs") Paragraph paragraph) {
        OptimalFit fit = paragraph.fit();
        int[] chosen = fit.breaks(Double.POSITIVE_INFINITY);
        double best = bruteForce(fit, paragraph.items(), new ArrayList<>(), 0);
        if (best == Double.POSITIVE_INFINITY) {
            assertThat(chosen).isNull();
        } else {
            assertThat(chosen).isNotNull();
            assertThat(fit.demeritsOf(chosen, Double.POSITIVE_INFINITY)).isCloseTo(best, within(best * 1e-9 + 1e-6));
        }
    }

    /**
     * Long paragraphs, out of the brute force's reach: the chosen breaks are feasible and cost no more
     * than the greedy ones, which exist whenever any do (the first lines are wider here, never narrower).
     */
    @Property
    void longParagraphsBreakNoWorseThanGreedily(@ForAll("longParagraphs") Paragraph paragraph) {
        OptimalFit fit = paragraph.fit();
        int[] chosen = fit.breaks(Double.POSITIVE_INFINITY);
        int[] greedy = greedy(fit, paragraph.items(), paragraph.widths());
        if (greedy == null) {
            assertThat(chosen).isNull();
            return;
        }
        assertThat(chosen).isNotNull();
        assertThat(chosen[chosen.length - 1]).isEqualTo(paragraph.items().size() - 1);
        double demerits = fit.demeritsOf(chosen, Double.POSITIVE_INFINITY);
        double greedyDemerits = fit.demeritsOf(greedy, Double.POSITIVE_INFINITY);
        assertThat(greedyDemerits).isLessThan(Double.POSITIVE_INFINITY);
        assertThat(demerits).isLessThanOrEqualTo(greedyDemerits * (1 + 1e-9) + 1e-6);
    }

    /** The least demerits over every sequence of breakpoints after {@code from}. */
    private static double bruteForce(OptimalFit fit, List<Item> items, List<Integer> chosen, int from) {
        int last = items.size() - 1;
        double best = Double.POSITIVE_INFINITY;
        for (int b = from; b <= last; b++) {
            if (!fit.isBreakpoint(b)) {
                continue;
            }
            chosen.add(b);
            int[] prefix = chosen.stream().mapToInt(Integer::intValue).toArray();
            double demerits = fit.demeritsOf(prefix, Double.POSITIVE_INFINITY);
            if (demerits < Double.POSITIVE_INFINITY) {
                best = Math.min(best, b == last ? demerits : bruteForce(fit, items, chosen, b + 1));
            }
            chosen.remove(chosen.size() - 1);
            if (items.get(b).isForcedBreak()) {
                break;
            }
            if (demerits == Double.POSITIVE_INFINITY && items.get(b).isGlue()) {
                break; // this line is already overfull; longer ones are too
            }
        }
        return best;
    }

    /**
     * Each line as long as it goes without being overfull, or null when a line cannot be ended. Starting a
     * line later never lets it end earlier, so every break here is at or after the same break of any other
     * way through; when lines never get wider, a word that does not fit here fits nowhere later either, so
     * when this finds no way through, none exists. (With narrower first lines that fails: filling them
     * can push a long word onto a narrow line that a looser start would have kept for a wide one.)
     */
    private static int[] greedy(OptimalFit fit, List<Item> items, LineWidths widths) {
        int last = items.size() - 1;
        List<Integer> breaks = new ArrayList<>();
        int start = 0;
        while (true) {
            int end = -1;
            for (int b = start; b <= last; b++) {
                if (!fit.isBreakpoint(b)) {
                    continue;
                }
                if (fit.ratio(start, b, widths.width(breaks.size())) >= -1) {
                    end = b;
                } else if (items.get(b).isGlue()) {
                    break;
                }
                if (items.get(b).isForcedBreak()) {
                    break;
                }
            }
            if (end < 0) {
                return null;
            }
            breaks.add(end);
            if (end == last) {
                return breaks.stream().mapToInt(Integer::intValue).toArray();
            }
            start = fit.after(end);
        }
    }

    @Provide
    Arbitrary<Paragraph> shortParagraphs() {
        return paragraphs(1, 11, 0.6f).filter(p -> p.breakpoints() <= MOST_BREAKPOINTS_FOR_BRUTE_FORCE);
    }

    @Provide
    Arbitrary<Paragraph> longParagraphs() {
        return paragraphs(40, 400, 1.25f);
    }

    /** @param firstWidths the width of the first two lines, in widths of the others */
    private static Arbitrary<Paragraph> paragraphs(int fewestWords, int mostWords, float firstWidths) {
        Arbitrary<String> texts = Arbitraries.of(WORDS)
                .list()
                .ofMinSize(fewestWords)
                .ofMaxSize(mostWords)
                .map(words -> String.join(" ", words));
        return Combinators.combine(
                        texts,
                        Arbitraries.floats().between(70, 200),
                        Arbitraries.of(true, false),
                        Arbitraries.of(true, false))
                .as((text, width, hyphenate, ragged) ->
                        paragraph(text, new LineWidths(width * firstWidths, 2, width), hyphenate, ragged));
    }

    private static Paragraph paragraph(String text, LineWidths widths, boolean hyphenate, boolean ragged) {
        ParagraphText<String> paragraph =
                new ParagraphText<>(List.of(new StyledRun<>(text, Face.SERIF_REGULAR, 10, "p")));
        Alignment alignment = ragged ? Alignment.RAGGED_RIGHT : Alignment.JUSTIFIED;
        List<Item> items = new ItemBuilder<>(paragraph, FontLibrary.bundled(), alignment)
                .build(hyphenate ? Hyphenator.forLanguage("en") : Optional.empty(), Double.POSITIVE_INFINITY);
        return new Paragraph(text, hyphenate, ragged, items, widths);
    }
}
