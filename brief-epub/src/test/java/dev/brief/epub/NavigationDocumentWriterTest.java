package dev.brief.epub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.brief.core.language.Labels;
import dev.brief.core.model.PageMap;
import dev.brief.html.DocumentOutline;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NavigationDocumentWriterTest {
    private static DocumentOutline outline(List<DocumentOutline.Heading> headings, List<String> pageBreaks) {
        return new DocumentOutline(headings, pageBreaks, Optional.of("notes"), "main", List.of());
    }

    @Test
    void deeperHeadingsNestUnderTheirSectionAndTitleStandsBeside() {
        String nav = NavigationDocumentWriter.write(
                "T",
                "en",
                Labels.of("en"),
                outline(
                        List.of(
                                new DocumentOutline.Heading(1, "Title", "title"),
                                new DocumentOutline.Heading(2, "One", "one"),
                                new DocumentOutline.Heading(4, "Deep", "deep"),
                                new DocumentOutline.Heading(3, "Sub", "sub"),
                                new DocumentOutline.Heading(2, "Two", "two")),
                        List.of()),
                "b.xhtml",
                "c.xhtml",
                Optional.empty());
        String toc = nav.substring(nav.indexOf("<nav epub:type=\"toc\""), nav.indexOf("</nav>"));
        assertThat(toc.replaceAll("\\s+", ""))
                .contains("<li><ahref=\"b.xhtml#title\">Title</a></li><li><ahref=\"b.xhtml#one\">One</a><ol>"
                        + "<li><ahref=\"b.xhtml#deep\">Deep</a></li><li><ahref=\"b.xhtml#sub\">Sub</a></li></ol></li>"
                        + "<li><ahref=\"b.xhtml#two\">Two</a></li>");
        assertThat(nav).doesNotContain("page-list");
    }

    @Test
    void pageListNeedsOneMarkerPerPage() {
        PageMap twoPages = new PageMap(
                "PDF",
                List.of(
                        new PageMap.PageStart(1, "1", PageMap.DOCUMENT_START, 0),
                        new PageMap.PageStart(2, "2", "p-1", 0)));
        DocumentOutline oneMarker =
                outline(List.of(new DocumentOutline.Heading(1, "Title", "title")), List.of("page-1"));
        assertThatThrownBy(() -> NavigationDocumentWriter.write(
                        "T", "en", Labels.of("en"), oneMarker, "b.xhtml", "c.xhtml", Optional.of(twoPages)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("1 page break markers but the page map has 2 pages");
    }

    @Test
    void labelsFollowTheBriefsLanguage() {
        String nav = NavigationDocumentWriter.write(
                "T",
                "fr-CA",
                Labels.of("fr-CA"),
                outline(List.of(new DocumentOutline.Heading(1, "Titre", "title")), List.of()),
                "b.xhtml",
                "c.xhtml",
                Optional.empty());
        assertThat(nav).contains("lang=\"fr-CA\"", ">Sommaire</h1>", ">Couverture</a>");
    }
}
