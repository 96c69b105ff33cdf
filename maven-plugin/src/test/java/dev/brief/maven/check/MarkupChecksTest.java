package dev.brief.maven.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MarkupChecksTest {
    private static final String GOOD = """
            <html lang="en"><body><main>
            <h1>Title</h1>
            <h2>Section</h2>
            <p>A claim.<a id="ref-a-1" href="#note-a" role="doc-noteref">1</a>
               See <a href="https://example.org/report">the 2025 audit report</a>.</p>
            <img src="chart.png" alt="Bar chart of requests per year">
            <section role="doc-endnotes"><h2>Notes</h2><ol>
              <li id="note-a"><p>A source. <a href="#ref-a-1" role="doc-backlink" \
            aria-label="Back to 1">\u21a9</a></p></li>
            </ol></section>
            </main></body></html>
            """;

    /** The EPUB's notes: the note is a footnote-typed div inside its list item, the pop-up target. */
    private static final String GOOD_EPUB = """
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="en"><body><main>
            <h1>Title</h1>
            <p>A claim.<a id="ref-a-1" href="#note-a" role="doc-noteref" epub:type="noteref">1</a>
               Another.<a id="ref-a-2" href="#note-a" role="doc-noteref" epub:type="noteref">1</a></p>
            <section role="doc-endnotes" epub:type="endnotes"><h2>Notes</h2><ol>
              <li value="1"><div id="note-a" class="note" epub:type="footnote" role="doc-footnote"><p>A source.
                <a href="#ref-a-1" role="doc-backlink" epub:type="backlink" aria-label="Back to 1">\u21a91</a>
                <a href="#ref-a-2" role="doc-backlink" epub:type="backlink" aria-label="Back to 2">\u21a92</a></p>\
            </div></li>
            </ol></section>
            </main></body></html>
            """;

    @Test
    void aWellFormedEditionPassesEveryCheck() {
        List<CheckResult> results = check(GOOD);

        assertThat(results).hasSize(4).allMatch(CheckResult::passed);
    }

    @Test
    void anEpubWhoseNotesPopUpPassesEveryCheck() {
        assertThat(check(GOOD_EPUB)).hasSize(4).allMatch(CheckResult::passed);
    }

    @Test
    void findsAnEpubReferenceThatLeadsToTheListItemInsteadOfTheNote() {
        String broken = GOOD_EPUB
                .replace("<li value=\"1\">", "<li value=\"1\" id=\"item-a\">")
                .replace("href=\"#note-a\"", "href=\"#item-a\"");

        assertThat(findings(check(broken), "notes resolve both ways"))
                .extracting(Finding::message)
                .anyMatch(message -> message.contains("#item-a, which is not a note"))
                .anyMatch(message -> message.contains("note-a is not referenced"));
    }

    @Test
    void findsAReferenceToSomethingThatIsNotANote() {
        String broken = GOOD.replace("<h2>Section</h2>", "<h2 id=\"section\">Section</h2>")
                .replace("href=\"#note-a\"", "href=\"#section\"");

        assertThat(findings(check(broken), "notes resolve both ways"))
                .extracting(Finding::message)
                .anyMatch(message -> message.contains("#section, which is not a note"));
    }

    @Test
    void findsANoteWhoseBackLinkLeadsSomewhereElse() {
        String broken = GOOD.replace("<h2>Section</h2>", "<h2 id=\"section\">Section</h2>")
                .replace("href=\"#ref-a-1\"", "href=\"#section\"");

        assertThat(findings(check(broken), "notes resolve both ways"))
                .extracting(Finding::message)
                .anyMatch(message -> message.contains("note-a has no working link back"));
    }

    @Test
    void findsANoteWithoutReferenceAndAReferenceWithoutNote() {
        String broken = GOOD.replace("href=\"#note-a\"", "href=\"#note-b\"");

        List<Finding> findings = findings(check(broken), "notes resolve both ways");

        assertThat(findings)
                .extracting(Finding::message)
                .anyMatch(message -> message.contains("#note-b"))
                .anyMatch(message -> message.contains("note-a is not referenced"));
    }

    @Test
    void findsANoteThatDoesNotLinkBack() {
        String broken = GOOD.replace("href=\"#ref-a-1\"", "href=\"#ref-gone\"");

        assertThat(findings(check(broken), "notes resolve both ways"))
                .extracting(Finding::message)
                .anyMatch(message -> message.contains("no working link back"));
    }

    @Test
    void findsMissingAltSkippedHeadingsAndVagueLinks() {
        String broken = GOOD.replace(" alt=\"Bar chart of requests per year\"", "")
                .replace("<h2>Section</h2>", "<h4>Section</h4>")
                .replace("the 2025 audit report", "click here");
        List<CheckResult> results = check(broken);

        assertThat(findings(results, "images have alt text"))
                .singleElement()
                .asString()
                .contains("chart.png");
        assertThat(findings(results, "heading levels"))
                .singleElement()
                .asString()
                .contains("h4");
        assertThat(findings(results, "links")).singleElement().asString().contains("click here");
    }

    private static List<CheckResult> check(String html) {
        return MarkupChecks.check(
                List.of(new MarkupDocuments.Named("brief.html", Jsoup.parse(html))), "HTML", "brief.html");
    }

    private static List<Finding> findings(List<CheckResult> results, String name) {
        return results.stream()
                .filter(result -> result.name().contains(name))
                .findFirst()
                .orElseThrow()
                .findings();
    }
}
