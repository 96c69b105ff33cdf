package dev.brief.epub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.house.HouseStyle;
import dev.brief.core.model.PageMap;
import dev.brief.epub.inspect.EpubInspector;
import dev.brief.epub.inspect.InspectedEpub;
import dev.brief.epub.inspect.InspectedEpub.NavEntry;
import dev.brief.epub.inspect.XmlDocuments;
import io.documentnode.epub4j.domain.Book;
import io.documentnode.epub4j.epub.EpubReader;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** The EPUB of the full test brief, read back with epub4j: metadata, spine and navigation say what the brief says. */
class EpubReadBackTest {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String OPS = "http://www.idpf.org/2007/ops";

    @TempDir
    static Path directory;

    static byte[] epub;
    static InspectedEpub inspected;

    @BeforeAll
    static void write() throws Exception {
        Path folder = EpubFixtures.folderWithImages(directory, "lamp.png");
        epub = EpubFixtures.write(TestBriefs.full(), folder, Optional.of(TestBriefs.fullPageMap()));
        inspected = EpubInspector.inspect(epub);
    }

    @Test
    void epub4jReadsTheDublinCoreMetadata() throws Exception {
        Book book = new EpubReader().readEpub(new ByteArrayInputStream(epub));
        assertThat(book.getMetadata().getTitles()).contains("Lanterns for the Harbour");
        assertThat(book.getMetadata().getAuthors())
                .extracting(author -> (author.getFirstname() + " " + author.getLastname()).strip())
                .containsExactly("Maren Olsvik", "Kwame Idowu-Brandt");
        assertThat(book.getMetadata().getLanguage()).isEqualTo("en");
        assertThat(book.getMetadata().getPublishers()).containsExactly("The Test Harbour Office");
        assertThat(book.getMetadata().getSubjects()).containsExactly("ports", "lighting", "energy");
        assertThat(book.getMetadata().getRights()).containsExactly("© 2026 The Test Harbour Office");
        assertThat(book.getMetadata().getDescriptions())
                .containsExactly(
                        "Small ports still light their quays with diesel. Solar lanterns pay for themselves in four"
                                + " winters.");
        assertThat(book.getCoverImage().getHref()).isEqualTo("cover/cover.png");
    }

    @Test
    void packageIsEpub3WithTheEditionsIsbnAsIdentifier() {
        assertThat(inspected.packageVersion()).isEqualTo("3.0");
        assertThat(inspected.values("dc:identifier")).containsExactly("urn:isbn:9780000000028");
        assertThat(inspected.values("dc:date")).containsExactly("2026-02-14");
        assertThat(inspected.values("dcterms:modified")).containsExactly("2026-01-01T00:00:00Z");
        assertThat(inspected.values("belongs-to-collection")).containsExactly("Test Briefs");
        assertThat(inspected.manifestProperties())
                .containsEntry("nav.xhtml", "nav")
                .containsEntry("cover/cover.png", "cover-image");
    }

    @Test
    void accessibilityMetadataSaysWhatTheBookHas() {
        assertThat(inspected.values("dcterms:conformsTo"))
                .containsExactly("EPUB Accessibility 1.1 - WCAG 2.2 Level AA");
        assertThat(inspected.values("a11y:certifiedBy")).containsExactly("The Test Harbour Office");
        assertThat(inspected.values("schema:accessMode")).containsExactly("textual", "visual");
        assertThat(inspected.values("schema:accessModeSufficient")).containsExactly("textual");
        assertThat(inspected.values("schema:accessibilityFeature"))
                .containsExactly(
                        "structuralNavigation",
                        "tableOfContents",
                        "readingOrder",
                        "alternativeText",
                        "pageNavigation",
                        "printPageNumbers",
                        "displayTransformability");
        assertThat(inspected.values("schema:accessibilityHazard")).containsExactly("none");
        assertThat(inspected.values("pageBreakSource")).containsExactly("urn:isbn:9780000000011");
        assertThat(inspected.values("schema:accessibilitySummary"))
                .singleElement()
                .asString()
                .contains(
                        "page list",
                        "Its figure has a text alternative",
                        "Its table has marked header cells",
                        "Each of its two endnotes");
    }

    @Test
    void spineIsCoverThenContentsThenBrief() {
        assertThat(inspected.spine()).containsExactly("cover.xhtml", "nav.xhtml", "brief.xhtml");
    }

    @Test
    void tableOfContentsHasEveryHeadingNestedByLevel() throws Exception {
        Element content = contentDocument();
        List<String> headings = XmlDocuments.elements(content, XHTML, "*").stream()
                .filter(element -> element.getLocalName().matches("h[1-6]"))
                .map(element -> element.getTextContent().strip())
                .toList();
        assertThat(inspected.flatTableOfContents()).extracting(NavEntry::label).containsExactlyElementsOf(headings);
        NavEntry background = inspected.tableOfContents().stream()
                .filter(entry -> entry.label().equals("Background"))
                .findFirst()
                .orElseThrow();
        assertThat(background.children()).extracting(NavEntry::label).containsExactly("Lessons");
        for (NavEntry entry : inspected.flatTableOfContents()) {
            assertThat(targetOf(entry.href(), content)).as(entry.href()).isNotNull();
        }
    }

    @Test
    void landmarksPointAtCoverContentsBodyAndNotes() throws Exception {
        assertThat(inspected.landmarks())
                .extracting(NavEntry::type)
                .containsExactly("cover", "toc", "bodymatter", "endnotes");
        NavEntry endnotes = inspected.landmarks().get(3);
        Element target = targetOf(endnotes.href(), contentDocument());
        assertThat(target.getAttributeNS(OPS, "type")).isEqualTo("endnotes");
    }

    @Test
    void pageListMatchesThePageMapAndLinksToPageBreaks() throws Exception {
        PageMap pageMap = TestBriefs.fullPageMap();
        assertThat(inspected.pageList())
                .extracting(NavEntry::label)
                .containsExactlyElementsOf(
                        pageMap.pages().stream().map(PageMap.PageStart::label).toList());
        Element content = contentDocument();
        for (NavEntry page : inspected.pageList()) {
            Element marker = targetOf(page.href(), content);
            assertThat(marker.getAttribute("role")).isEqualTo("doc-pagebreak");
            assertThat(marker.getAttributeNS(OPS, "type")).isEqualTo("pagebreak");
            String name = marker.hasAttribute("aria-label")
                    ? marker.getAttribute("aria-label")
                    : marker.getAttribute("title");
            assertThat(name).as("the marker's accessible name").matches("(.*\\s)?" + Pattern.quote(page.label()));
        }
        // Page 2 begins 10 characters into p-2: "The harbou|r has burnt diesel".
        Element page2 = targetOf(inspected.pageList().get(1).href(), content);
        assertThat(((Element) page2.getParentNode()).getAttribute("id")).isEqualTo("p-2");
        assertThat(page2.getPreviousSibling().getTextContent()).isEqualTo("The harbou");
    }

    @Test
    void everyNoteReferenceReachesANoteThatLinksBack() throws Exception {
        Element content = contentDocument();
        List<Element> references = XmlDocuments.elements(content, XHTML, "a").stream()
                .filter(link -> link.getAttributeNS(OPS, "type").equals("noteref"))
                .toList();
        assertThat(references).hasSize(3);
        for (Element reference : references) {
            assertThat(reference.getAttribute("role")).isEqualTo("doc-noteref");
            Element note = targetOf(reference.getAttribute("href"), content);
            assertThat(note).as("target of %s", reference.getAttribute("href")).isNotNull();
            // Apple Books pops up only footnote-typed targets; Ace wants the matching role on them.
            assertThat(note.getLocalName()).isEqualTo("div");
            assertThat(note.getAttributeNS(OPS, "type")).isEqualTo("footnote");
            assertThat(note.getAttribute("role")).isEqualTo("doc-footnote");
            Element item = (Element) note.getParentNode();
            assertThat(item.getLocalName())
                    .as("the note stays an item of the numbered list")
                    .isEqualTo("li");
            assertThat(item.getAttribute("value"))
                    .isEqualTo(reference.getTextContent().strip());
            assertThat(((Element) item.getParentNode()).getLocalName()).isEqualTo("ol");
            assertThat(ancestorWithType(note, "endnotes"))
                    .as("note inside the endnotes section")
                    .isSameAs(item.getParentNode().getParentNode());
            List<String> backLinks = XmlDocuments.elements(note, XHTML, "a").stream()
                    .filter(link -> link.getAttribute("role").equals("doc-backlink"))
                    .map(link -> link.getAttribute("href"))
                    .toList();
            assertThat(backLinks).contains("#" + reference.getAttribute("id"));
        }
        List<Element> notes = XmlDocuments.elements(content, XHTML, "*").stream()
                .filter(element -> element.getAttributeNS(OPS, "type").matches("(.*\\s)?(foot|end|rear)?note(\\s.*)?"))
                .toList();
        assertThat(notes)
                .as("every note is a footnote-typed div, none an aside")
                .hasSize(2)
                .allMatch(note -> note.getLocalName().equals("div"));
        for (Element note : notes) {
            for (Element backLink : XmlDocuments.elements(note, XHTML, "a")) {
                if (backLink.getAttribute("role").equals("doc-backlink")) {
                    Element reference = targetOf(backLink.getAttribute("href"), content);
                    assertThat(reference.getAttributeNS(OPS, "type")).isEqualTo("noteref");
                    assertThat(reference.getAttribute("href")).isEqualTo("#" + note.getAttribute("id"));
                }
            }
        }
    }

    @Test
    void certifierCanBeNamed() throws Exception {
        Path folder = EpubFixtures.folderWithImages(directory, "lamp.png");
        EpubOptions options = new EpubOptions(
                folder, HouseStyle.defaults(), EpubFixtures.TIMESTAMP, Optional.empty(), "Accessible Books Evaluators");
        InspectedEpub other = EpubInspector.inspect(EpubFixtures.write(TestBriefs.full(), options));
        assertThat(other.values("a11y:certifiedBy")).containsExactly("Accessible Books Evaluators");
        assertThat(other.values("schema:accessibilityFeature")).doesNotContain("pageNavigation", "printPageNumbers");
        assertThat(other.values("pageBreakSource")).isEmpty();
        assertThat(other.pageList()).isEmpty();
    }

    private static Element contentDocument() throws Exception {
        return XmlDocuments.parse(inspected.documents().get("brief.xhtml")).getDocumentElement();
    }

    private static Element targetOf(String href, Element content) {
        String id = href.substring(href.indexOf('#') + 1);
        return XmlDocuments.elements(content, XHTML, "*").stream()
                .filter(element -> element.getAttribute("id").equals(id))
                .findFirst()
                .orElse(null);
    }

    private static Element ancestorWithType(Element element, String type) {
        for (var node = element.getParentNode(); node instanceof Element parent; node = parent.getParentNode()) {
            if (parent.getAttributeNS(OPS, "type").equals(type)) {
                return parent;
            }
        }
        return null;
    }
}
