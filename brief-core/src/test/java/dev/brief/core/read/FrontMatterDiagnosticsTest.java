package dev.brief.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per front-matter diagnostic, each with its exact line and column. */
class FrontMatterDiagnosticsTest {
    private static final String BODY = "## Section\n\nText.\n";

    @TempDir
    Path folder;

    private BriefSources sources;

    @BeforeEach
    void setUp() {
        sources = new BriefSources(folder);
    }

    private ReadResult frontMatter(String yaml) {
        return sources.read("---\n" + yaml + "---\n" + BODY);
    }

    @Test
    void unknownKeySuggestsTheNearestValidKey() {
        ReadResult result = frontMatter("title: T\nlanguage: en\nsubtilte: S\n");
        assertThat(BriefSources.lines(result))
                .containsExactly("brief.md:4:1: error: unknown key `subtilte` (did you mean `subtitle`?)");
        assertThat(result.brief()).isEmpty();
    }

    @Test
    void unknownKeyFarFromAnyListsTheValidKeys() {
        ReadResult result = frontMatter("title: T\nlanguage: en\ncolour: red\n");
        assertThat(BriefSources.lines(result))
                .singleElement()
                .asString()
                .startsWith("brief.md:4:1: error: unknown key `colour` (valid keys here are authors, date,");
    }

    @Test
    void unknownKeyInsideAGroupIsReportedWhereItIs() {
        ReadResult result = frontMatter("title: T\nlanguage: en\nauthors:\n  - name: A\n    emial: a@example.org\n");
        assertThat(BriefSources.lines(result))
                .containsExactly("brief.md:6:5: error: unknown key `emial` (did you mean `email`?)");
    }

    @Test
    void wrongTypeIsReportedAtTheKey() {
        ReadResult result = frontMatter("title: [One, Two]\nlanguage: en\n");
        assertThat(BriefSources.lines(result))
                .containsExactly(
                        "brief.md:2:1: error: `title` must be text, not a list (write it as one line of text)");
    }

    @Test
    void textWhereAListBelongs() {
        ReadResult result = frontMatter("title: T\nlanguage: en\nkeywords: data, trusts\n");
        assertThat(BriefSources.lines(result))
                .containsExactly("brief.md:4:1: error: `keywords` must be a list,"
                        + " not text (write each item on its own line, starting with `- `)");
    }

    @Test
    void missingTitle() {
        ReadResult result = frontMatter("language: en\n");
        assertThat(BriefSources.lines(result))
                .containsExactly(
                        "brief.md:1:1: error: the front matter has no `title` (add `title: The brief's title`)");
    }

    @Test
    void missingLanguage() {
        ReadResult result = frontMatter("title: T\n");
        assertThat(BriefSources.lines(result))
                .containsExactly("brief.md:1:1: error: the front matter has no"
                        + " `language` (add `language: en` (a BCP 47 tag such as en, en-GB, fr))");
    }

    @Test
    void malformedLanguageTag() {
        ReadResult result = frontMatter("title: T\nlanguage: English!\n");
        assertThat(BriefSources.lines(result))
                .containsExactly("brief.md:3:11: error: `English!` is not a language"
                        + " tag (write a BCP 47 tag such as en, en-GB, fr or pt-BR)");
    }

    @Test
    void emptyValue() {
        ReadResult result = frontMatter("title: T\nlanguage: en\nsubtitle:\n");
        assertThat(BriefSources.lines(result))
                .containsExactly("brief.md:4:1: error: `subtitle` is empty (give it a value or delete the line)");
    }

    @Test
    void keyGivenTwice() {
        ReadResult result = frontMatter("title: T\nlanguage: en\ntitle: U\n");
        assertThat(BriefSources.lines(result))
                .containsExactly(
                        "brief.md:4:1: error: the key `title` is given twice (keep one `title:` and delete the other)");
    }

    @Test
    void invalidIsbnChecksumNamesTheRightDigit() {
        ReadResult result =
                frontMatter("title: T\nlanguage: en\nidentifiers:\n  isbn:\n    print: \"978-1-7391-2047-5\"\n");
        assertThat(BriefSources.lines(result))
                .containsExactly("brief.md:6:12: error: the print ISBN `978-1-7391-2047-5` has an invalid check digit:"
                        + " the last digit should be 4 for the first twelve digits given (copy the ISBN exactly as the"
                        + " ISBN agency assigned it)");
    }

    @Test
    void sameIsbnForTwoEditions() {
        ReadResult result = frontMatter("title: T\nlanguage: en\nidentifiers:\n  isbn:\n"
                + "    print: \"978-1-7391-2047-4\"\n    pdf: \"9781739120474\"\n");
        assertThat(BriefSources.lines(result))
                .containsExactly("brief.md:7:10: error: the pdf ISBN `9781739120474` is already given for another"
                        + " edition (each edition has its own ISBN; check the publisher's ISBN record)");
    }

    @Test
    void isbnForAnUnknownEdition() {
        ReadResult result =
                frontMatter("title: T\nlanguage: en\nidentifiers:\n  isbn:\n    epbu: \"978-1-7391-2049-8\"\n");
        assertThat(BriefSources.lines(result))
                .containsExactly("brief.md:6:5: error: unknown key `epbu` (did you mean `epub`?)");
    }

    @Test
    void unparseableDate() {
        ReadResult result = frontMatter("title: T\nlanguage: en\ndate: 12/03/2026\n");
        assertThat(BriefSources.lines(result))
                .containsExactly("brief.md:4:7: error: the date `12/03/2026` is not"
                        + " a date (write it as YYYY-MM-DD, e.g. 2026-03-12)");
    }

    @Test
    void malformedEmailDoiAndUrl() {
        ReadResult result = frontMatter("title: T\nlanguage: en\nauthors:\n  - name: A\n    email: a.example.org\n"
                + "identifiers:\n  doi: doi.org/10.5555/1\n  url: example.org\n");
        assertThat(BriefSources.lines(result))
                .containsExactly(
                        "brief.md:6:12: error: `a.example.org` is not an email address (write it as name@example.org)",
                        "brief.md:8:8: error: `doi.org/10.5555/1` is not a DOI (write the DOI name alone, e.g."
                                + " 10.5555/12345678)",
                        "brief.md:9:8: error: `example.org` is not a web address (write the full address, starting with"
                                + " https://)");
    }

    @Test
    void invalidYamlIsReportedWhereTheParserStopped() {
        ReadResult result = frontMatter("title: \"unclosed\nlanguage: en\n");
        assertThat(BriefSources.lines(result))
                .singleElement()
                .asString()
                .startsWith("brief.md:4:1: error: the front matter is not valid YAML: ");
    }

    @Test
    void noFrontMatter() {
        ReadResult result = sources.read(BODY);
        assertThat(BriefSources.lines(result))
                .containsExactly("brief.md:1:1: error: the brief has no front matter"
                        + " (start the file with a line `---`, then `title: …` and `language: …`, then a line `---`)");
    }

    @Test
    void frontMatterNeverClosed() {
        ReadResult result = sources.read("---\ntitle: T\nlanguage: en\n" + BODY);
        assertThat(BriefSources.lines(result))
                .containsExactly(
                        "brief.md:1:1: error: the front matter is never closed (end it with a line `---` before the"
                                + " body begins)");
    }

    @Test
    void frontMatterSummaryBecomesTheSummary() {
        ReadResult result = frontMatter("title: T\nlanguage: en\nsummary:\n  - First point.\n  - Second point.\n");
        assertThat(result.diagnostics()).isEmpty();
        var summary = result.brief().orElseThrow().summary().orElseThrow();
        assertThat(summary.points()).extracting(p -> p.id()).containsExactly("summary-1", "summary-2");
        assertThat(result.sourceMap().position("summary-2").orElseThrow().line())
                .isEqualTo(6);
    }

    @Test
    void summaryGivenTwice() {
        ReadResult result = sources.read(
                "---\ntitle: T\nlanguage: en\nsummary:\n  - A point.\n---\n" + "## Summary\n\n- Another point.\n");
        assertThat(BriefSources.lines(result))
                .containsExactly("brief.md:7:1: error: the summary is given twice:"
                        + " here and in the front matter (keep either this ## Summary section or the front matter's"
                        + " `summary:` list)");
    }
}
