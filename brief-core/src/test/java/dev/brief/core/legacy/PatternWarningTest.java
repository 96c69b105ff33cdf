package dev.brief.core.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.diagnostic.Diagnostic;
import dev.brief.core.diagnostic.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per pattern the importer recognises or repairs: what it writes, and the warning's place. */
class PatternWarningTest {
    private static final Path FILE = Path.of("brief.md");

    private static ImportResult convert(String legacy) {
        return LegacyImporter.convert(legacy, FILE);
    }

    /** The messages of the warnings at {@code line}, column included as {@code line:column: message}. */
    private static List<String> warningsAt(ImportResult result, int line) {
        return result.diagnostics().stream()
                .filter(diagnostic -> diagnostic.position().line() == line)
                .map(diagnostic -> diagnostic.position().line() + ":"
                        + diagnostic.position().column() + ": " + diagnostic.message())
                .toList();
    }

    @Test
    void everyDiagnosticIsAWarningInTheInputFile() {
        ImportResult result = convert(LegacyFixtures.text("harbour-resilience.md"));

        assertThat(result.diagnostics()).isNotEmpty().allSatisfy(diagnostic -> {
            assertThat(diagnostic.severity()).isEqualTo(Severity.WARNING);
            assertThat(diagnostic.position().file()).isEqualTo("brief.md");
            assertThat(diagnostic.fix()).isNotBlank();
        });
    }

    @Test
    void authorBlockBecomesAuthors() {
        ImportResult result = convert("""
                ANA LIMA

                Email: [ana@example.org](mailto:ana@example.org)

                By Ravi Menon and Chloé Martin
                Senior Researcher, Lakes Institute

                ## Clean Lakes
                """);

        assertThat(result.source()).contains("""
                authors:
                  - name: "Ana Lima"
                    email: "ana@example.org"
                  - name: "Ravi Menon"
                  - name: "Chloé Martin"
                    affiliation: "Senior Researcher, Lakes Institute"
                """);
        assertThat(warningsAt(result, 1))
                .contains(
                        "1:1: took 'ANA LIMA' as an author",
                        "1:1: author 'ANA LIMA' was printed in capitals; wrote it as 'Ana Lima'");
        assertThat(warningsAt(result, 3)).contains("3:1: took ana@example.org as the email of Ana Lima");
        assertThat(warningsAt(result, 5))
                .contains("5:1: took 'Ravi Menon' as an author", "5:1: took 'Chloé Martin' as an author");
        assertThat(warningsAt(result, 6))
                .contains("6:1: took 'Senior Researcher, Lakes Institute' as the affiliation of Chloé Martin");
    }

    @Test
    void titleHeadingAndSubtitleBecomeFrontMatter() {
        ImportResult result = convert("""
                ## Clean Lakes: "A Plan"

                ### Why shared monitoring pays

                ## Summary

                - Point one.
                """);

        assertThat(result.source()).startsWith("""
                ---
                title: "Clean Lakes: \\"A Plan\\""
                subtitle: "Why shared monitoring pays"
                """);
        assertThat(warningsAt(result, 1)).contains("1:1: took this heading as the brief's title");
        assertThat(warningsAt(result, 3)).contains("3:1: took this line as the subtitle");
    }

    @Test
    void missingTitleFallsBackToTheFileName() {
        ImportResult result = convert("""
                ## Summary

                - Only a summary survived the extraction.
                """);

        assertThat(result.source()).contains("title: \"brief\"\n");
        assertThat(warningsAt(result, 1)).anyMatch(warning -> warning.contains("found no title heading"));
    }

    @Test
    void summaryHeadingWithBulletsBecomesTheSummaryList() {
        ImportResult result = convert("""
                # Title

                ### SUMMARY

                - First point.
                - Second point
                  wrapped onto a second line.
                """);

        assertThat(result.source()).contains("""
                ## Summary

                - First point.
                - Second point
                  wrapped onto a second line.
                """);
        assertThat(warningsAt(result, 3)).contains("3:1: took the list under this heading as the summary (2 points)");
    }

    @Test
    void quotedShortParagraphBecomesAPullQuote() {
        ImportResult result = convert("""
                # Title

                Some text.

                \u201c Curly marks around a short line.\u201d

                "Straight marks work too."

                "Two quotes," she said, "are a quotation, not a pull quote."
                """);

        assertThat(result.source()).contains("""
                ::: pullquote
                Curly marks around a short line.
                :::

                ::: pullquote
                Straight marks work too.
                :::

                "Two quotes," she said, "are a quotation, not a pull quote."
                """);
        assertThat(warningsAt(result, 5))
                .contains("5:1: took this paragraph in quotation marks as a pull quote (marks dropped)");
        assertThat(warningsAt(result, 7)).hasSize(1);
        assertThat(warningsAt(result, 9)).isEmpty();
    }

    @Test
    void aboutHeadingBecomesTheAboutBox() {
        ImportResult result = convert("""
                # Title

                ## Findings

                Text of the findings.

                ## About This Report

                Written for the lakes council.

                Funded by the water board.

                ## Next Steps

                More text.
                """);

        assertThat(result.source()).contains("""
                ::: about "About This Report"

                Written for the lakes council.

                Funded by the water board.
                :::

                ## Next Steps
                """);
        assertThat(warningsAt(result, 7))
                .contains("7:1: took this heading and the 2 block(s) after it (to line 11) as the about box");
    }

    @Test
    void superscriptsAndNotesListBecomeFootnotes() {
        ImportResult result = convert("""
                # Title

                A claim.<sup>1</sup> Two more claims.<sup>2, 3</sup>

                ## Notes

                1. First source, https://example.org/one.
                2. Second source, <i>Report</i>, [www.example.org/two](http://www.example.org/two).
                3. Third source, www.example.org/three
                   (continued on a second line).
                """);

        assertThat(result.source()).contains("""
                A claim.[^1] Two more claims.[^2][^3]

                [^1]: First source, <https://example.org/one>.

                [^2]: Second source, *Report*, [www.example.org/two](http://www.example.org/two).

                [^3]: Third source, [www.example.org/three](https://www.example.org/three) (continued on a second line).
                """);
        assertThat(result.source()).doesNotContain("## Notes");
        assertThat(warningsAt(result, 3))
                .contains(
                        "3:9: turned the superscript 1 into a note reference",
                        "3:38: turned the superscript 2, 3 into a note reference");
        assertThat(warningsAt(result, 5))
                .contains("5:1: turned the 3 numbered notes under this heading into footnotes"
                        + " (the heading is dropped: every edition prints its own)");
        assertThat(warningsAt(result, 7)).contains("7:1: made the bare address https://example.org/one a link");
    }

    @Test
    void missingAndUnreferencedNotesAreReported() {
        ImportResult result = convert("""
                # Title

                A claim.<sup>2</sup>

                ## Notes

                1. Never referenced.
                """);

        assertThat(warningsAt(result, 7))
                .contains(
                        "7:1: note 1 is not referenced in the text",
                        "7:1: the text refers to note 2 but the notes list has no note 2");
    }

    @Test
    void ordinalSuperscriptBecomesPlainText() {
        ImportResult result = convert("""
                # Title

                Built in the 19<sup>th</sup> century.
                """);

        assertThat(result.source()).contains("Built in the 19th century.");
        assertThat(warningsAt(result, 3)).contains("3:16: wrote the superscript 'th' as plain text");
    }

    @Test
    void colophonBecomesPublisherAndIdentifiers() {
        ImportResult result = convert("""
                # Title

                Body text.

                LAKES INSTITUTE

                1 Shore Road
                Lakeside, LK1 1AA

                www.lakes.example

                ISBN (print): 978-0-306-40615-7

                The Lakes Institute works for clean water.

                The views expressed here do not necessarily reflect those of the Lakes Institute.

                Media contact: press office, 555 0100.

                \u00a9 2025 Lakes Institute
                """);

        assertThat(result.source()).contains("""
                identifiers:
                  isbn:
                    print: "978-0-306-40615-7"
                rights: "\u00a9 2025 Lakes Institute"
                publisher:
                  name: "Lakes Institute"
                  address:
                    - "1 Shore Road"
                    - "Lakeside, LK1 1AA"
                  url: "https://www.lakes.example"
                  mission: "The Lakes Institute works for clean water."
                  disclaimer: "The views expressed here do not necessarily reflect those of the Lakes Institute."
                  media-contact: "Media contact: press office, 555 0100."
                ---

                # Title
                """.replace("# Title\n", "").strip());
        assertThat(result.source()).endsWith("Body text.\n");
        assertThat(warningsAt(result, 5)).contains("5:1: took this text from the colophon as the publisher's name");
        assertThat(warningsAt(result, 7)).contains("7:1: took this text from the colophon as the publisher's address");
        assertThat(warningsAt(result, 10))
                .contains(
                        "10:1: took this text from the colophon as the publisher's web address",
                        "10:1: the web address www.lakes.example was printed without a scheme; wrote"
                                + " https://www.lakes.example");
        assertThat(warningsAt(result, 12))
                .contains("12:1: took 978-0-306-40615-7 as the ISBN of the print edition (from 'ISBN')");
        assertThat(warningsAt(result, 14))
                .contains("14:1: took this text from the colophon as part of the publisher's mission statement");
        assertThat(warningsAt(result, 16))
                .contains("16:1: took this text from the colophon as the publisher's disclaimer");
        assertThat(warningsAt(result, 18)).contains("18:1: took this text from the colophon as the media contact");
        assertThat(warningsAt(result, 20)).contains("20:1: took this line as the copyright statement");
    }

    @Test
    void isbnWithAWrongCheckDigitIsReported() {
        ImportResult result = convert("""
                # Title

                Body text.

                eISBN: 978-0-306-40615-8
                """);

        assertThat(result.source()).contains("    pdf: \"978-0-306-40615-8\"\n");
        assertThat(warningsAt(result, 5)).contains("5:1: the ISBN 978-0-306-40615-8 fails its check digit");
    }

    @Test
    void converterEscapesAndEntitiesBecomePlainText() {
        ImportResult result = convert("""
                # Title

                It cost \\$5 &amp; took 3 weeks; see [a\\\\_b](https://example.org/a\\\\_b) &#39;now&#39;.

                1\\. This line starts with an escaped number, \\*stars\\* stay escaped, &lt;so do angle brackets&gt;.
                """);

        assertThat(result.source())
                .contains(
                        "It cost $5 & took 3 weeks; see [a_b](https://example.org/a_b) 'now'.\n",
                        "1\\. This line starts with an escaped number, \\*stars\\* stay escaped, &lt;so do angle"
                                + " brackets&gt;.\n");
        assertThat(warningsAt(result, 3))
                .contains(
                        "3:9: removed 3 converter escapes (\\$ \\\\_)", "3:13: decoded 3 HTML entities (&amp; &#39;)");
        assertThat(warningsAt(result, 5)).isEmpty();
    }

    @Test
    void paragraphSplitByAPageBreakIsJoined() {
        ImportResult result = convert("""
                # Title

                The survey covered every lake in the

                region, large and small.

                A new paragraph starts here.
                """);

        assertThat(result.source()).contains("""
                The survey covered every lake in the region, large and small.

                A new paragraph starts here.
                """);
        assertThat(warningsAt(result, 5))
                .contains("5:1: joined this paragraph to the one ending at line 3:"
                        + " a page or column break had split the sentence");
    }

    @Test
    void hyphenAtAPageBreakIsKeptAndReported() {
        ImportResult result = convert("""
                # Title

                The plan needs a long-

                term budget.
                """);

        assertThat(result.source()).contains("The plan needs a long-term budget.\n");
        assertThat(warningsAt(result, 5)).anyMatch(warning -> warning.contains("the hyphen at the break is kept"));
    }

    @Test
    void sidebarInterruptingASentenceMovesAfterTheJoinedParagraph() {
        ImportResult result = convert("""
                # Title

                ## Findings

                Most lakes improved, although the two smallest

                ## About this brief

                The brief reports a two-year survey.

                lakes lost ground.<sup>1</sup> The next section says why.

                Another finding follows.

                ## Notes

                1. Survey data.
                """);

        assertThat(result.source()).contains("""
                ## Findings

                Most lakes improved, although the two smallest lakes lost ground.[^1] The next section says why.

                ::: about "About this brief"

                The brief reports a two-year survey.
                :::

                Another finding follows.
                """);
        assertThat(warningsAt(result, 7))
                .contains("7:1: moved the about box (it interrupted the sentence at line 5) to after that paragraph");
        assertThat(warningsAt(result, 11))
                .contains(
                        "11:1: joined this paragraph to the one ending at line 5: a page or column break had split the"
                                + " sentence");
    }

    @Test
    void headingInterruptingASentenceMovesAfterTheJoinedParagraph() {
        ImportResult result = convert("""
                # Title

                ## Costs

                Testing costs fell each year as the

                ## Benefits

                shared laboratory took on more work.

                Cleaner water brought visitors back.
                """);

        assertThat(result.source()).contains("""
                ## Costs

                Testing costs fell each year as the shared laboratory took on more work.

                ## Benefits

                Cleaner water brought visitors back.
                """);
        assertThat(warningsAt(result, 7))
                .contains("7:1: moved the heading 'Benefits' (it interrupted the sentence at line 5) to after that"
                        + " paragraph");
    }

    @Test
    void paragraphEndingMidSentenceWithoutContinuationIsReported() {
        ImportResult result = convert("""
                # Title

                This sentence lost its end

                Because this one starts a new sentence.
                """);

        assertThat(result.source()).contains("This sentence lost its end\n\nBecause");
        assertThat(warningsAt(result, 3))
                .contains("3:1: this paragraph ends without closing punctuation and no continuation was found");
    }

    @Test
    void headingLevelsFitTheOutline() {
        ImportResult result = convert("""
                # Title

                ### First

                Text.

                #### Detail

                Text.

                ## Second

                Text.
                """);

        assertThat(result.source()).contains("## First\n", "### Detail\n", "## Second\n");
        assertThat(warningsAt(result, 3))
                .contains("3:1: changed this heading from level 3 to level 2 to fit the outline");
        assertThat(warningsAt(result, 7))
                .contains("7:1: changed this heading from level 4 to level 3 to fit the outline");
        assertThat(warningsAt(result, 11)).isEmpty();
    }

    @Test
    void thematicBreakLeftByAPageBreakIsDropped() {
        ImportResult result = convert("""
                # Title

                First paragraph.

                ---

                Second paragraph.
                """);

        assertThat(result.source())
                .contains("First paragraph.\n\nSecond paragraph.\n")
                .doesNotContain("\n---\n\nSecond");
        assertThat(warningsAt(result, 5))
                .contains("5:1: dropped this thematic break (a page-break mark of the extraction)");
    }

    @Test
    void missingLanguageDefaultsToEnglishWithAWarning() {
        ImportResult result = convert("# Title\n\nText.\n");

        assertThat(result.source()).contains("\nlanguage: \"en\"\n");
        Diagnostic language = result.diagnostics().stream()
                .filter(diagnostic -> diagnostic.message().contains("language"))
                .findFirst()
                .orElseThrow();
        assertThat(language.position().line()).isEqualTo(1);
        assertThat(language.fix()).contains("change `language:`");
    }

    @Test
    void linesAboveTheTitleThatAreNoAuthorStayInTheBody() {
        ImportResult result = convert("""
                Peace and Water Brief No. 12

                June 2025

                # Title

                Text.
                """);

        assertThat(result.source()).contains("series: \"Peace and Water Brief\"\nnumber: \"12\"\n");
        assertThat(result.source()).contains("---\n\nJune 2025\n\nText.\n");
        assertThat(warningsAt(result, 1))
                .contains("1:1: took 'Peace and Water Brief No. 12' as series" + " 'Peace and Water Brief', number 12");
        assertThat(warningsAt(result, 3))
                .contains("3:1: kept this line above the title as the first paragraph of the body");
    }

    @Test
    void inlineHtmlBecomesMarkdown() {
        ImportResult result = convert("""
                # Title

                An <em>urgent</em> and <b>costly</b> task, see <a href="https://example.org/x">the plan</a>.<br>
                Second line<br/>third line, <span class="x">plain</span>.
                """);

        assertThat(result.source())
                .contains("An *urgent* and **costly** task, see [the plan](https://example.org/x).\\\n"
                        + "Second line\\\nthird line, plain.\n");
        assertThat(warningsAt(result, 3)).contains("3:4: rewrote inline HTML (<em> <b> <a> <br>) as Markdown");
        assertThat(warningsAt(result, 4)).contains("4:12: rewrote inline HTML (<br> <span>) as Markdown");
    }

    @Test
    void spanWithALanguageBecomesALanguageSpan() {
        ImportResult result = convert("""
                # Title

                They call it <span lang="fr"><i>la rentrée</i></span>, <span class="x">plain</span> here.
                Unclosed <span xml:lang="de">Wort
                """);

        assertThat(result.source()).contains("They call it [*la rentrée*]{lang=fr}, plain here.\n" + "Unclosed Wort\n");
    }

    @Test
    void sourceWithFrontMatterIsLeftUnchanged() {
        String source = "---\ntitle: \"T\"\nlanguage: en\n---\n\nText.<sup>1</sup>\n";

        ImportResult result = convert(source);

        assertThat(result.source()).isEqualTo(source);
        assertThat(warningsAt(result, 1))
                .containsExactly(
                        "1:1: the file starts with front matter: it is already in the source format; left unchanged");
    }

    @Test
    void emptyInputGivesAMinimalSource() {
        ImportResult result = convert("");

        assertThat(result.source()).isEqualTo("---\ntitle: \"brief\"\nlanguage: \"en\"\n---\n\n");
        assertThat(result.diagnostics())
                .extracting(Diagnostic::message)
                .anyMatch(message -> message.contains("found no title heading"));
    }
}
