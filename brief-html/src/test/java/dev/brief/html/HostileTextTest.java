package dev.brief.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.brief.core.model.Author;
import dev.brief.core.model.Block;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Identifiers;
import dev.brief.core.model.Inline;
import dev.brief.core.model.Metadata;
import dev.brief.core.model.Publisher;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** No text from the source can add markup, end an attribute or a style sheet, or make the XHTML ill-formed. */
class HostileTextTest {
    private static final String BREAK_OUT = "</style></title><script>alert('x')</script>";

    @TempDir
    Path folder;

    private Brief hostileBrief() {
        String hostile = TestBriefs.HOSTILE;
        Metadata metadata = new Metadata(
                BREAK_OUT + hostile,
                Optional.of(hostile),
                Optional.of(BREAK_OUT),
                Optional.of(hostile),
                Optional.empty(),
                Optional.empty(),
                "en",
                List.of(new Author(
                        hostile, Optional.of("a\"b@example.org"), Optional.of(hostile), Optional.of(hostile))),
                Identifiers.none(),
                List.of(),
                Optional.of(hostile));
        List<Block> lead = List.of(
                new Block.Paragraph(
                        "p-1",
                        List.of(
                                new Inline.Text(hostile),
                                new Inline.Code(hostile),
                                new Inline.Link(
                                        "https://example.org/?q=\"><script>x</script>&a=1",
                                        hostile,
                                        List.of(new Inline.Text(hostile))))),
                new Block.Figure("fig-1", "chart.png", hostile, false, List.of(new Inline.Text(hostile))));
        Publisher publisher = new Publisher(
                hostile,
                List.of(hostile),
                Optional.empty(),
                Optional.empty(),
                Optional.of(hostile),
                Optional.empty(),
                Optional.empty());
        return new Brief(metadata, Optional.empty(), lead, List.of(), List.of(), Optional.of(publisher));
    }

    @ParameterizedTest
    @EnumSource(Flavor.class)
    void staysWellFormedAndInert(Flavor flavor) throws Exception {
        TestBriefs.writeChart(folder);
        HtmlOptions options = TestBriefs.options(folder, flavor);
        String xhtml = HtmlWriter.xhtmlDocument(hostileBrief(), options);
        String print = Editions.printEdition(hostileBrief(), options);

        Editions.xml(xhtml);
        Editions.xml(print);
        for (String markup : List.of(xhtml, print)) {
            Document document = Editions.html(markup);
            assertThat(document.select("script")).isEmpty();
            assertThat(document.select("style")).hasSize(1);
            assertThat(document.select("[onclick], [onerror]")).isEmpty();
            assertThat(document.title()).startsWith(BREAK_OUT);
            assertThat(document.selectFirst("h1").text())
                    .startsWith(BREAK_OUT + "<script>alert(\"x\")</script> & ]]> 'quoted'");
            assertThat(document.getElementById("p-1").selectFirst("a").attr("href"))
                    .isEqualTo("https://example.org/?q=\"><script>x</script>&a=1");
            assertThat(document.selectFirst("img").attr("alt"))
                    .isEqualTo(TestBriefs.HOSTILE.replace("\u0001\u0007", "\uFFFD\uFFFD"));
            assertThat(document.selectFirst("header a[href^=mailto]").attr("href"))
                    .isEqualTo("mailto:a\"b@example.org");
        }
    }

    @Test
    void quotesTheRunningTitleInThePrintStyleSheet() throws Exception {
        TestBriefs.writeChart(folder);
        Document document =
                Editions.html(Editions.printEdition(hostileBrief(), TestBriefs.options(folder, Flavor.PRINT)));

        assertThat(document.selectFirst("style").data()).contains("content: \"\\3c /style>\\3c /title>");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<script>x</script>", "vbscript:x"
            })
    void refusesLinksThatRunScript(String url) {
        Brief brief = TestBriefs.withParagraph(new Inline.Link(url, "", List.of(new Inline.Text("click"))));

        assertThatThrownBy(() -> HtmlWriter.xhtmlDocument(brief, TestBriefs.options(folder, Flavor.PRINT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not link to");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/a:b", "mailto:x@example.org", "#note-a", "other/page.html", "./a:b"})
    void writesOrdinaryLinks(String url) {
        Brief brief = TestBriefs.withParagraph(new Inline.Link(url, "", List.of(new Inline.Text("link"))));

        Document document = Editions.html(HtmlWriter.xhtmlDocument(brief, TestBriefs.options(folder, Flavor.PRINT)));

        assertThat(document.selectFirst("#p-1 a").attr("href")).isEqualTo(url);
    }
}
