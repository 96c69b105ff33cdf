package dev.brief.pdf.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.FloatRange;

/** Total fit really is optimal: no way of breaking a short paragraph has fewer demerits. */
class OptimalFitProperties {
    private static final String[] WORDS = {
        "a", "of", "data", "the", "trust", "public", "council", "residents", "stewardship",
        "accountability", "records", "well-known", "and"
    };

    @Property(tries = 150)
    void noBreakSequenceBeatsTheChosenOne(
            @ForAll("texts") String text,
            @ForAll @FloatRange(min = 70, max = 200) float width,
            @ForAll boolean hyphenate,
            @ForAll boolean ragged) {
        ParagraphText<String> paragraph =
                new ParagraphText<>(List.of(new StyledRun<>(text, Face.SERIF_REGULAR, 10, "p")));
        Alignment alignment = ragged ? Alignment.RAGGED_RIGHT : Alignment.JUSTIFIED;
        List<Item> items = new ItemBuilder<>(paragraph, FontLibrary.bundled(), alignment)
                .build(hyphenate ? Hyphenator.forLanguage("en") : Optional.empty(),
                        Double.POSITIVE_INFINITY);
        LineWidths widths = new LineWidths(width * 0.6f, 2, width);
        OptimalFit fit = new OptimalFit(items, widths, ragged ? 20 : 30);

        int[] chosen = fit.breaks(Double.POSITIVE_INFINITY);
        double best = bruteForce(fit, items, new ArrayList<>(), 0);
        if (best == Double.POSITIVE_INFINITY) {
            assertThat(chosen).isNull();
        } else {
            assertThat(chosen).isNotNull();
            assertThat(fit.demeritsOf(chosen, Double.POSITIVE_INFINITY))
                    .isCloseTo(best, within(best * 1e-9 + 1e-6));
        }
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

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(11).map(words -> String.join(" ", words));
    }
}
