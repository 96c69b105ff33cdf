package dev.brief.maven.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The two text tests behind admission: front matter that lost its opening line, and unmistakable extraction. */
class AdmissionRulesTest {
    private static final Path FILE = Path.of("brief.md");

    @Test
    void keysWithoutTheOpeningLineAreFoundAtTheFirstKeyWithOrWithoutAClosingLine() {
        assertThat(UnopenedFrontMatter.find("title: \"A\"\nlanguage: en\n---\n\nText.\n", FILE))
                .hasValueSatisfying(error -> {
                    assertThat(error.toString()).startsWith("brief.md:1:1: error: the opening ---");
                    assertThat(error.fix()).endsWith("the --- on line 3 then closes it");
                });
        assertThat(UnopenedFrontMatter.find("\n\nauthors:\n  - name: \"B\"\ndate: 2026-01-02\n\nText.\n", FILE))
                .hasValueSatisfying(error -> {
                    assertThat(error.position().line()).isEqualTo(3);
                    assertThat(error.fix()).endsWith("another --- line after the last front matter line");
                });
    }

    @Test
    void extractedTextThatMerelyStartsWithALabelIsNotTakenForFrontMatter() {
        // Capitalised labels, as a PDF prints them, and a lone key followed by prose.
        assertThat(UnopenedFrontMatter.find("Date: March 2019\nTitle: Fares\n\nText.\n", FILE))
                .isEmpty();
        assertThat(UnopenedFrontMatter.find("summary: the board agreed.\n\nMore text follows here.\n", FILE))
                .isEmpty();
        assertThat(UnopenedFrontMatter.find("colour: blue\nsize: large\n", FILE))
                .as("unknown keys")
                .isEmpty();
    }

    @Test
    void extractionIsUnmistakableOnlyWithSuperscriptNumbersOrPageFurnitureAndOneMoreSign() {
        assertThat(ExtractionSigns.of("Text.<sup>1</sup>\n\n## Notes\n\n1. A source.\n")
                        .unmistakable())
                .isTrue();
        assertThat(ExtractionSigns.of("Text.<sup>2, 3</sup>\n\nISBN 978-1-7391-2171-6\n")
                        .unmistakable())
                .isTrue();
        assertThat(ExtractionSigns.of("Fare<sup>1</sup> | 14.20\n").unmistakable())
                .as("one sign")
                .isFalse();
        assertThat(ExtractionSigns.of("## Notes\n\nISBN 978-1-7391-2171-6\nTom &amp; Ann\n")
                        .unmistakable())
                .as("no superscript numbers")
                .isFalse();
        assertThat(ExtractionSigns.of("20<sup>th</sup> century\n\n## Notes\n").unmistakable())
                .as("an ordinal is not a note number")
                .isFalse();
    }

    @Test
    void aRunningFootOnTwoPagesCountsAsPageFurniture() {
        String pages = "First page text.\n\n**Harbour Institute**\n\nhttps://example.org/briefs\n\n"
                + "Second page text.\n\nHarbour Institute 2\n\nhttps://example.org/briefs\n";
        assertThat(ExtractionSigns.of(pages).unmistakable())
                .as("furniture alone")
                .isFalse();
        assertThat(ExtractionSigns.of(pages + "\n### Disclaimer\n\nNot advice.\n")
                        .unmistakable())
                .isTrue();
        assertThat(ExtractionSigns.of(pages + "\n### Disclaimer\n").described())
                .isEqualTo("page furniture repeated on several pages,"
                        + " a back-matter heading (Author Information, Disclaimer, About the authors)");
        assertThat(ExtractionSigns.of("It rained.\n\nIt rained.\n\n## Disclaimer\n")
                        .unmistakable())
                .as("a repeated sentence is text, not furniture")
                .isFalse();
        assertThat(ExtractionSigns.of("- yes\n- yes\n\n## Disclaimer\n").unmistakable())
                .as("list items are not furniture")
                .isFalse();
    }

    @Test
    void everyBriefOfTheLegacyCorpusIsUnmistakablyExtracted() throws IOException {
        Path corpus = Path.of("src/test/resources/legacy-corpus");
        List<Path> briefs;
        try (Stream<Path> files = Files.walk(corpus)) {
            briefs = files.filter(file -> file.toString().endsWith(".md"))
                    .filter(file -> !file.getFileName().toString().equals("README.md"))
                    .toList();
        }
        assertThat(briefs).hasSizeGreaterThanOrEqualTo(20);
        for (Path brief : briefs) {
            assertThat(ExtractionSigns.of(Files.readString(brief)).unmistakable())
                    .as(brief.toString())
                    .isTrue();
        }
    }
}
