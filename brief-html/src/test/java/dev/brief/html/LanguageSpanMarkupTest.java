package dev.brief.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.model.Brief;
import dev.brief.core.model.Inline;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A language span becomes a {@code span} with {@code lang}, {@code xml:lang} and, where it runs against the
 * brief's direction, {@code dir}.
 */
class LanguageSpanMarkupTest {
    private static final String XML = "http://www.w3.org/XML/1998/namespace";

    @TempDir
    Path folder;

    /** An English brief with a French, an Arabic and an emphasised German span in its one paragraph. */
    private static Brief brief(String language) {
        Brief paragraph = TestBriefs.withParagraph(
                TestBriefs.text("They said "),
                new Inline.LanguageSpan(
                        "fr",
                        List.of(TestBriefs.text("la "), new Inline.Emphasis(List.of(TestBriefs.text("rentrée"))))),
                TestBriefs.text(", "),
                new Inline.LanguageSpan("ar", List.of(TestBriefs.text("مرحبا"))),
                TestBriefs.text(" and "),
                new Inline.Emphasis(List.of(new Inline.LanguageSpan("de-CH", List.of(TestBriefs.text("Grüezi"))))),
                TestBriefs.text("."));
        Brief base = TestBriefs.kitchenSink("Civic Data", language);
        return new Brief(base.metadata(), Optional.empty(), paragraph.lead(), List.of(), List.of(), Optional.empty());
    }

    private List<Element> spans(String language, Flavor flavor) {
        String markup = HtmlWriter.xhtmlDocument(brief(language), TestBriefs.options(folder, flavor));
        NodeList all = Editions.xml(markup).getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "span");
        return IntStream.range(0, all.getLength())
                .mapToObj(i -> (Element) all.item(i))
                .filter(span -> span.hasAttribute("lang"))
                .toList();
    }

    @Test
    void epubContentDocumentCarriesLangAndXmlLang() {
        List<Element> spans = spans("en", Flavor.EPUB);
        assertThat(spans).extracting(span -> span.getAttribute("lang")).containsExactly("fr", "ar", "de-CH");
        assertThat(spans).extracting(span -> span.getAttributeNS(XML, "lang")).containsExactly("fr", "ar", "de-CH");
        assertThat(spans).extracting(Element::getTextContent).containsExactly("la rentrée", "مرحبا", "Grüezi");
        assertThat(spans.get(0).getElementsByTagNameNS("*", "em").item(0).getTextContent())
                .isEqualTo("rentrée");
        assertThat(((Element) spans.get(2).getParentNode()).getLocalName()).isEqualTo("em");
    }

    @Test
    void dirOnlyWhereTheSpanTurnsAgainstTheBrief() {
        assertThat(spans("en", Flavor.EPUB))
                .extracting(span -> span.getAttribute("dir"))
                .containsExactly("", "rtl", "");
        assertThat(spans("ar", Flavor.EPUB))
                .extracting(span -> span.getAttribute("dir"))
                .containsExactly("ltr", "", "ltr");
    }

    @Test
    void printEditionAsABrowserReadsIt() {
        org.jsoup.nodes.Document page =
                Editions.html(Editions.printEdition(brief("en"), TestBriefs.options(folder, Flavor.PRINT)));
        assertThat(page.select("p span[lang]"))
                .extracting(span -> span.attr("lang") + "|" + span.text())
                .containsExactly("fr|la rentrée", "ar|مرحبا", "de-CH|Grüezi");
        assertThat(page.select("p:has(span[lang])").first().text())
                .isEqualTo("They said la rentrée, مرحبا and Grüezi.");
        assertThat(page.select("span[lang=ar]").attr("dir")).isEqualTo("rtl");
    }
}
