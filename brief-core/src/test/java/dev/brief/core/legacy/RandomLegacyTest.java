package dev.brief.core.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Legacy texts shuffled together from the pieces extractions produce, in random order: whatever the order,
 * the importer finishes, keeps every word, and gives the same bytes twice. Seeds are fixed, so a failure
 * names the seed that reproduces it.
 */
class RandomLegacyTest {
    private static final List<String> PIECES = List.of(
            "MARTA SOLIS",
            "Email: [marta@example.org](mailto:marta@example.org)",
            "Research Fellow, Delta Centre",
            "By Kofi Mensah and Lena Berg",
            "Urban Brief No. 9",
            "## Fixing the Ferry Timetable",
            "### Why crossings matter",
            "### Summary",
            "- Ferries carry workers.\n- Timetables lag behind shifts.",
            "1. First step.\n2. Second step.",
            "“ Late boats cost early shifts.”",
            "\"A short standalone line.\"",
            "### Background",
            "## The Crossing",
            "#### Detail",
            "## ABOUT THIS BRIEF",
            "### About the Report",
            "The ferry runs every hour.<sup>1</sup> Riders want more.",
            "Crossings fell by a third in the winter, and the",
            "operators blamed the weather.<sup>2, 3</sup>",
            "workers on early shifts now drive around the bay",
            "Fares rose by \\$2 &amp; the queues grew &#39;long&#39;.",
            "Built in the 19<sup>th</sup> century, the pier needs repair",
            "See https://ferries.example/report and www.bay.example/data.",
            "An <em>urgent</em> fix<br>is due.",
            "* * *",
            "---",
            "> A rider said the boat was late.",
            "## Notes",
            "1. Port authority, https://port.example/log.\n2. Survey, 2024.\n3. Interview.",
            "<sup>4</sup> Late note, www.late.example/x.",
            "BAY POLICY INSTITUTE",
            "7 Harbour Row  \nBayside, BY1 1AA",
            "[www.baypolicy.example](https://www.baypolicy.example)",
            "ISBN: 978-0-306-40615-7",
            "eISBN: 978-1-4028-9462-6",
            "The Bay Policy Institute studies transport on the water.",
            "The views expressed here do not necessarily reflect those of the Institute.",
            "For media inquiries, call 555 0199.",
            "© 2025 Bay Policy Institute",
            "",
            "   indented line of text.");

    static Stream<Long> seeds() {
        return IntStream.range(0, 60).mapToObj(seed -> (long) seed);
    }

    /**
     * Words the importer consumes where they are markup (an "Email:" label, "By … and …" between author
     * names, an ISBN label, "No." before a series number, a notes heading, {@code sup} tags) but keeps where
     * they are text. The random comparison ignores them on both sides; the fixture tests check them exactly.
     */
    private static final List<String> MARKUP_WORDS =
            List.of("email", "by", "and", "isbn", "eisbn", "no", "notes", "sup", "random");

    /** Each piece at most once (a repeated author line would rightly be merged), in random order. */
    private static String legacy(long seed) {
        Random random = new Random(seed);
        List<String> pieces = new ArrayList<>(PIECES);
        Collections.shuffle(pieces, random);
        List<String> blocks = pieces.subList(0, 3 + random.nextInt(PIECES.size() - 3));
        return String.join(random.nextInt(4) == 0 ? "\n" : "\n\n", blocks) + "\n";
    }

    private static Map<String, Integer> withoutMarkupWords(Map<String, Integer> words) {
        Map<String, Integer> result = new TreeMap<>(VisibleWords.withoutInlineHtmlNames(words));
        MARKUP_WORDS.forEach(result::remove);
        return result;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void keepsEveryWordAndTheSameBytesInAnyOrder(long seed) {
        String legacy = legacy(seed);

        ImportResult result = LegacyImporter.convert(legacy, Path.of("random.md"));

        Map<String, Integer> output =
                VisibleWords.without(VisibleWords.ofSource(result.source()), LegacyImporter.DEFAULT_LANGUAGE);
        assertThat(withoutMarkupWords(output))
                .as("seed %d:\n%s\n--- converted ---\n%s", seed, legacy, result.source())
                .isEqualTo(withoutMarkupWords(VisibleWords.ofLegacy(legacy)));
        assertThat(LegacyImporter.convert(legacy, Path.of("random.md")).source())
                .isEqualTo(result.source());
    }
}
