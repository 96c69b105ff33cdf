package dev.brief.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.brief.core.model.Brief;
import dev.brief.core.model.Inline;
import dev.brief.core.model.PageMap;
import dev.brief.core.model.PlainText;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Page markers sit exactly where the page map says the printed pages begin. */
class PageMarkersTest {
    @TempDir
    Path folder;

    @BeforeEach
    void chart() throws Exception {
        TestBriefs.writeChart(folder);
    }

    private Document write(Brief brief, PageMap pageMap) {
        return Editions.html(
                Editions.printEdition(brief, TestBriefs.options(folder, Flavor.PRINT, Optional.of(pageMap))));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 8, 24, 31})
    void splitsTextAtTheCharacterOffset(int offset) {
        Brief brief = TestBriefs.kitchenSink();
        Document document = write(brief, TestBriefs.pageMap(offset));

        Element paragraph = document.getElementById("p-3");
        Element marker = document.getElementById("page-2");
        assertThat(marker.closest("p")).isEqualTo(paragraph);
        assertThat(textBefore(paragraph, marker))
                .isEqualTo(PlainText.of(
                                ((dev.brief.core.model.Block.Paragraph) brief.sections()
                                                .get(0)
                                                .subsections()
                                                .get(0)
                                                .blocks()
                                                .get(0))
                                        .inlines(),
                                brief)
                        .substring(0, offset));
    }

    @Test
    void namesEachPageByItsLabel() {
        Document document = write(TestBriefs.kitchenSink(), TestBriefs.pageMap(3));

        assertThat(document.select("[role=doc-pagebreak]").eachAttr("id"))
                .containsExactly("page-1", "page-2", "page-3");
        assertThat(document.select("[role=doc-pagebreak]").eachAttr("title")).containsExactly("1", "2", "3");
        assertThat(document.select("[role=doc-pagebreak]")).allMatch(marker -> marker.childNodeSize() == 0);
    }

    @Test
    void startsPageOneBeforeTheTitle() {
        Document document = write(TestBriefs.kitchenSink(), TestBriefs.pageMap(3));

        Element first = document.getElementById("page-1");
        assertThat(first.parent().tagName()).isEqualTo("header");
        assertThat(first.elementSiblingIndex()).isZero();
    }

    @Test
    void putsATablePageJustBeforeTheTable() {
        Document document = write(TestBriefs.kitchenSink(), TestBriefs.pageMap(3));

        Element marker = document.getElementById("page-3");
        assertThat(marker.nextElementSibling().selectFirst("table").id()).isEqualTo("table-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PRINT", "EPUB"})
    void startsAColophonPageAtTheStartOfTheFooter(String flavor) {
        PageMap pageMap = new PageMap(
                "PDF",
                List.of(
                        new PageMap.PageStart(1, "1", PageMap.DOCUMENT_START, 0),
                        new PageMap.PageStart(2, "2", "p-3", 4),
                        new PageMap.PageStart(3, "3", PageMap.COLOPHON, 0)));
        HtmlOptions options = TestBriefs.options(folder, Flavor.valueOf(flavor), Optional.of(pageMap));
        Document document = Editions.html(
                Flavor.valueOf(flavor) == Flavor.PRINT
                        ? Editions.printEdition(TestBriefs.kitchenSink(), options)
                        : HtmlWriter.xhtmlDocument(TestBriefs.kitchenSink(), options));

        Element marker = document.getElementById("page-3");
        assertThat(marker.parent().tagName()).isEqualTo("footer");
        assertThat(marker.elementSiblingIndex()).isZero();
        assertThat(marker.attr("title")).isEqualTo("3");
        assertThat(document.select("[role=doc-pagebreak]").eachAttr("id"))
                .containsExactly("page-1", "page-2", "page-3");
    }

    @Test
    void putsAPageThatBeginsInsideANoteNumberBeforeTheReference() {
        // "Members agree on rules first. Again" is 35 characters; the note number "1" is the 36th.
        Document document = write(TestBriefs.kitchenSink(), TestBriefs.pageMap(35));

        Element marker = document.getElementById("page-2");
        assertThat(marker.nextElementSibling().selectFirst("a").attr("role")).isEqualTo("doc-noteref");
    }

    @Test
    void putsAPageAtTheVeryEndOfAnElementAfterItsText() {
        Document document = write(TestBriefs.kitchenSink(), TestBriefs.pageMap(37));

        Element paragraph = document.getElementById("p-3");
        assertThat(paragraph.children().last().id()).isEqualTo("page-2");
    }

    @Test
    void neverSplitsASurrogatePair() {
        Brief brief = TestBriefs.withParagraph(new Inline.Text("a\uD83D\uDE00b"));
        PageMap pageMap = new PageMap(
                "PDF",
                List.of(
                        new PageMap.PageStart(1, "1", PageMap.DOCUMENT_START, 0),
                        new PageMap.PageStart(2, "2", "p-1", 2)));

        Document document = write(brief, pageMap);

        assertThat(textBefore(document.getElementById("p-1"), document.getElementById("page-2")))
                .isEqualTo("a\uD83D\uDE00");
    }

    @Test
    void failsWhenThePageMapNamesAnElementTheBriefLacks() {
        PageMap pageMap = new PageMap("PDF", List.of(new PageMap.PageStart(1, "1", "p-99", 0)));

        assertThatThrownBy(() -> write(TestBriefs.kitchenSink(), pageMap))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("p-99");
    }

    @Test
    void writesNoMarkersWithoutAPageMap() {
        Document document = Editions.html(
                Editions.printEdition(TestBriefs.kitchenSink(), TestBriefs.options(folder, Flavor.PRINT)));

        assertThat(document.select("[role=doc-pagebreak]")).isEmpty();
    }

    @Test
    void placesAPageInTheMiddleOfEveryParagraphOfTheSample() {
        Brief brief = dev.brief.core.testing.SampleBriefs.sample();
        List<PageMap.PageStart> pages = new java.util.ArrayList<>();
        pages.add(new PageMap.PageStart(1, "1", PageMap.DOCUMENT_START, 0));
        java.util.Map<String, String> plain = new java.util.LinkedHashMap<>();
        for (String id : dev.brief.core.testing.ModelWalker.ids(brief)) {
            if (id.startsWith("p-")) {
                plain.put(id, null);
            }
        }
        Document probe = Editions.html(Editions.printEdition(brief, sampleOptions()));
        for (String id : plain.keySet()) {
            String text = probe.getElementById(id).text();
            if (probe.getElementById(id).select("br").isEmpty() && text.length() > 1) {
                plain.put(id, text);
                pages.add(new PageMap.PageStart(
                        pages.size() + 1, Integer.toString(pages.size() + 1), id, text.length() / 2));
            }
        }

        Document document = Editions.html(Editions.printEdition(
                brief,
                new HtmlOptions(
                        dev.brief.core.testing.SampleBriefs.sampleDirectory(),
                        dev.brief.core.testing.SampleBriefs.house().style(),
                        Flavor.PRINT,
                        Optional.of(new PageMap("PDF", pages)))));

        assertThat(document.select("[role=doc-pagebreak]")).hasSize(pages.size());
        for (PageMap.PageStart page : pages.subList(1, pages.size())) {
            Element paragraph = document.getElementById(page.elementId());
            String before = textBefore(paragraph, document.getElementById("page-" + page.number()));
            assertThat(plain.get(page.elementId())).startsWith(before);
            assertThat(page.charOffset() - before.length())
                    .as("page %d in %s", page.number(), page.elementId())
                    .isBetween(0, 2);
        }
    }

    private static HtmlOptions sampleOptions() {
        return new HtmlOptions(
                dev.brief.core.testing.SampleBriefs.sampleDirectory(),
                dev.brief.core.testing.SampleBriefs.house().style(),
                Flavor.PRINT,
                Optional.empty());
    }

    /** The text of {@code container} that comes before {@code marker}, in document order. */
    private static String textBefore(Element container, Element marker) {
        StringBuilder text = new StringBuilder();
        collect(container, marker, text);
        return text.toString();
    }

    private static boolean collect(Node node, Node stop, StringBuilder text) {
        for (Node child : node.childNodes()) {
            if (child == stop) {
                return true;
            }
            if (child instanceof TextNode textNode) {
                text.append(textNode.getWholeText());
            } else if (collect(child, stop, text)) {
                return true;
            }
        }
        return false;
    }
}
