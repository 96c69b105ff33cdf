package dev.brief.pdf.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.pdf.fonts.Face;
import dev.brief.pdf.fonts.FontLibrary;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.FloatRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;

/**
 * A search that fails on the first items of a paragraph (up to their last box) fails on the whole paragraph,
 * and items built a head at a time are the items built at once: what lets a pass give up early.
 */
class HeadSearchProperties {
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
        "and",
        "interoperability",
        "\n"
    };

    /** Both outcomes must come up often enough to mean something: checked, not printed into the build log. */
    @Property(tries = 300)
    @StatisticsReport(StatisticsReportMode.OFF)
    void aSearchThatFailsOnTheHeadFailsOnTheWhole(
            @ForAll("texts") String text,
            @ForAll @FloatRange(min = 40, max = 200) float width,
            @ForAll @IntRange(min = 1, max = 120) int headCharacters,
            @ForAll boolean hyphenate,
            @ForAll boolean ragged,
            @ForAll boolean strict) {
        ParagraphText<String> paragraph =
                new ParagraphText<>(List.of(new StyledRun<>(text, Face.SERIF_REGULAR, 10, "p")));
        Alignment alignment = ragged ? Alignment.RAGGED_RIGHT : Alignment.JUSTIFIED;
        Optional<Hyphenator> hyphenator = hyphenate ? Hyphenator.forLanguage("en") : Optional.empty();
        LineWidths widths = new LineWidths(width * 0.6f, 1, width);
        double tolerance = strict ? 100 : 200;
        double extra = ragged ? 20 : 0;

        ItemBuilder<String> inSteps = new ItemBuilder<>(paragraph, FontLibrary.bundled(), alignment);
        inSteps.start(hyphenator, Double.POSITIVE_INFINITY);
        List<Item> head = List.copyOf(inSteps.buildUntil(headCharacters));
        List<Item> all = inSteps.finish();
        List<Item> atOnce = new ItemBuilder<>(paragraph, FontLibrary.bundled(), alignment)
                .build(hyphenator, Double.POSITIVE_INFINITY);
        assertThat(all).isEqualTo(atOnce);

        int lastBox = head.size() - 1;
        while (lastBox > 0 && !head.get(lastBox).isBox()) {
            lastBox--;
        }
        boolean failsOnTheHead = lastBox > 0 && new OptimalFit(head, widths, extra).failsBefore(lastBox, tolerance);
        Statistics.collect(failsOnTheHead ? "fails on the head" : "does not fail on the head");
        // The property says something only about the tries that fail on the head; without enough of both kinds
        // it would pass having checked little, so too few of either fails it.
        Statistics.coverage(coverage -> {
            coverage.check("fails on the head").percentage(percent -> percent >= 10);
            coverage.check("does not fail on the head").percentage(percent -> percent >= 10);
        });
        if (failsOnTheHead) {
            assertThat(new OptimalFit(all, widths, extra).breaks(tolerance)).isNull();
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(40).map(words -> String.join(" ", words));
    }
}
