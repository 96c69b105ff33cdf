package dev.brief.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.model.Brief;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SemanticMarkupTest {
    @TempDir
    Path folder;

    private Document document;

    @BeforeEach
    void write() throws Exception {
        TestBriefs.writeChart(folder);
        Brief brief = TestBriefs.kitchenSink();
        document = Editions.html(Editions.printEdition(brief, TestBriefs.options(folder, Flavor.PRINT)));
    }

    @Test
    void holdsTheInvariants() {
        MarkupInvariants.check(document, "en", Flavor.PRINT);
    }

    @Test
    void marksTheBriefsOwnElements() {
        Element summary = document.getElementById("summary");
        assertThat(summary.attr("role")).isEqualTo("doc-abstract");
        assertThat(summary.select("li").eachAttr("id")).containsExactly("summary-1", "summary-2");
        Element pullQuote = document.getElementById("pullquote-1");
        assertThat(pullQuote.tagName()).isEqualTo("aside");
        assertThat(pullQuote.attr("role")).isEqualTo("doc-pullquote");
        assertThat(pullQuote.attr("aria-hidden")).isEmpty();
        Element about = document.getElementById("about-1");
        assertThat(about.tagName()).isEqualTo("aside");
        assertThat(document.getElementById(about.attr("aria-labelledby")).text())
                .isEqualTo("About this brief");
        assertThat(document.getElementById(about.attr("aria-labelledby")).tagName())
                .isEqualTo("h3");
        assertThat(document.selectFirst("footer [role=doc-colophon]").text())
                .contains("Example Institute", "1 Main Street", "978-3-16-148410-0", "Views are the authors' own.");
    }

    @Test
    void keepsSourceOrder() {
        assertThat(document.select("main > section, main > p, section > *[id]").eachAttr("id"))
                .containsSubsequence(
                        "summary",
                        "p-1",
                        "sec-the-problem",
                        "p-2",
                        "pullquote-1",
                        "about-1",
                        "sec-how-it-works",
                        "p-3",
                        "fig-1",
                        "sec-what-to-do",
                        "list-1",
                        "notes");
    }

    @Test
    void nestsSectionsByHeadingLevel() {
        Element inner = document.getElementById("sec-how-it-works");
        assertThat(inner.parent().id()).isEqualTo("sec-the-problem");
        assertThat(inner.child(0).tagName()).isEqualTo("h3");
        assertThat(inner.attr("aria-labelledby")).isEqualTo(inner.child(0).id());
    }

    @Test
    void linksNotesBothWays() {
        assertThat(document.select("a[role=doc-noteref]").eachAttr("id"))
                .containsExactly("ref-a-1", "ref-b-1", "ref-a-2");
        Element note = document.getElementById("note-a");
        assertThat(note.select("a[role=doc-backlink]").eachAttr("href")).containsExactly("#ref-a-1", "#ref-a-2");
        assertThat(note.select("a[role=doc-backlink]").eachAttr("aria-label"))
                .containsExactly("Back to reference 1", "Back to reference 2");
        assertThat(note.attr("role")).as("doc-endnote is deprecated").isEmpty();
    }

    @Test
    void keepsEachNoteAsItsListItemInPrint() {
        Element note = document.getElementById("note-a");
        assertThat(note.tagName()).isEqualTo("li");
        assertThat(note.attr("value")).isEqualTo("1");
        assertThat(note.select("> p")).hasSize(1);
        assertThat(document.select("#notes div, [role=doc-footnote]"))
                .as("the pop-up wrapper is the EPUB's only")
                .isEmpty();
    }

    @Test
    void linksBackToAReferenceMadeInALaterNote() throws Exception {
        Brief sink = TestBriefs.kitchenSink();
        java.util.List<dev.brief.core.model.Note> notes = java.util.List.of(
                sink.notes().get(0),
                new dev.brief.core.model.Note(
                        "note-b",
                        2,
                        java.util.List.of(TestBriefs.paragraph(
                                "p-8",
                                TestBriefs.text("As in note"),
                                new dev.brief.core.model.Inline.NoteRef("ref-a-3", "note-a")))));
        Brief brief = new Brief(sink.metadata(), sink.summary(), sink.lead(), sink.sections(), notes, sink.publisher());

        Document written = Editions.html(Editions.printEdition(brief, TestBriefs.options(folder, Flavor.PRINT)));

        assertThat(written.getElementById("note-a")
                        .select("a[role=doc-backlink]")
                        .eachAttr("href"))
                .containsExactly("#ref-a-1", "#ref-a-2", "#ref-a-3");
        MarkupInvariants.check(written, "en", Flavor.PRINT);
    }

    @Test
    void marksLinksWhoseTextIsTheirAddressSoPrintDoesNotRepeatIt() {
        assertThat(document.select("#note-a a:not([role])").attr("class")).isEqualTo("bare");
        assertThat(document.select("#p-2 a").attr("class")).isEmpty();
    }

    @Test
    void linksAuthorEmails() {
        assertThat(document.select("header a[href^=mailto:]").eachAttr("href"))
                .containsExactly("mailto:ada@example.org");
    }

    @Test
    void describesFiguresAndTables() {
        Element figure = document.getElementById("fig-1");
        assertThat(figure.selectFirst("img").attr("alt")).isEqualTo("Bar chart: requests rose from 10 to 40.");
        assertThat(figure.selectFirst("figcaption").text()).isEqualTo("Requests per year");
        Element table = document.getElementById("table-1");
        assertThat(table.selectFirst("caption").text()).isEqualTo("Requests by town");
        assertThat(table.select("thead th").eachAttr("scope")).containsOnly("col");
        assertThat(table.select("tbody th").eachAttr("scope")).containsOnly("row");
        assertThat(table.select("td.align-end").text()).isEqualTo("40");
    }

    @Test
    void writesNoEpubSemanticsInThePrintEdition() {
        assertThat(document.select("[epub:type]")).isEmpty();
        assertThat(document.html()).doesNotContain("epub:type", "http://www.idpf.org/2007/ops");
    }
}
