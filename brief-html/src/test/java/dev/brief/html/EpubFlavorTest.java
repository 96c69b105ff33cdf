package dev.brief.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.model.PageMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The EPUB content document: well-formed XHTML with EPUB structural semantics in the OPS namespace. */
class EpubFlavorTest {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String OPS = "http://www.idpf.org/2007/ops";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";

    @TempDir
    Path folder;

    private String markup;
    private Document document;

    @BeforeEach
    void write() throws Exception {
        TestBriefs.writeChart(folder);
        markup = HtmlWriter.xhtmlDocument(
                TestBriefs.kitchenSink(), TestBriefs.options(folder, Flavor.EPUB, Optional.of(TestBriefs.pageMap(8))));
        document = Editions.xml(markup);
    }

    @Test
    void isAnXhtmlDocumentWithItsLanguage() {
        assertThat(markup).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n");
        Element root = document.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(XHTML);
        assertThat(root.getAttribute("lang")).isEqualTo("en");
        assertThat(root.getAttributeNS(XML, "lang")).isEqualTo("en");
    }

    @Test
    void marksNotesForPopUpsInReadingSystems() {
        assertThat(epubTypes("a")).contains("noteref", "backlink");
        Element reference = byId("ref-a-1");
        assertThat(reference.getAttributeNS(OPS, "type")).isEqualTo("noteref");
        assertThat(reference.getAttribute("role")).isEqualTo("doc-noteref");
        assertThat(reference.getAttribute("href")).isEqualTo("#note-a");
        Element notes = byId("notes");
        assertThat(notes.getAttributeNS(OPS, "type")).isEqualTo("endnotes");
        assertThat(notes.getAttribute("role")).isEqualTo("doc-endnotes");
        Element note = byId("note-a");
        assertThat(note.getLocalName()).isEqualTo("div");
        assertThat(note.getAttribute("class")).isEqualTo("note");
        assertThat(note.getAttributeNS(OPS, "type")).isEqualTo("footnote");
        assertThat(note.getAttribute("role")).isEqualTo("doc-footnote");
        Element item = (Element) note.getParentNode();
        assertThat(item.getLocalName()).isEqualTo("li");
        assertThat(item.getAttribute("value")).isEqualTo("1");
        assertThat(item.hasAttribute("id"))
                .as("the note id names the pop-up target only")
                .isFalse();
        assertThat(item.hasAttributeNS(OPS, "type")).isFalse();
        assertThat(item.hasAttribute("role")).isFalse();
        assertThat(item.getParentNode().getParentNode()).isSameAs(notes);
    }

    /**
     * Apple Books pops up only targets typed {@code footnote}, and hides an {@code aside} so typed from the
     * reading flow: every note reference must lead to a {@code div} of that type, with the role Ace asks for,
     * inside a list item of the endnotes section.
     */
    @Test
    void everyNoteTargetIsAFootnoteDivInsideAnEndnotesListItem() {
        Element notes = byId("notes");
        List<Element> references = elements("a").stream()
                .filter(link -> link.getAttributeNS(OPS, "type").equals("noteref"))
                .toList();
        assertThat(references).hasSize(3);
        for (Element reference : references) {
            Element target = byId(reference.getAttribute("href").substring(1));
            assertThat(target.getLocalName()).isEqualTo("div");
            assertThat(target.getAttributeNS(OPS, "type")).isEqualTo("footnote");
            assertThat(target.getAttribute("role")).isEqualTo("doc-footnote");
            Element item = (Element) target.getParentNode();
            assertThat(item.getLocalName()).isEqualTo("li");
            assertThat(item.getParentNode().getLocalName()).isEqualTo("ol");
            assertThat(item.getParentNode().getParentNode()).isSameAs(notes);
        }
        List<Element> items = elements("li").stream()
                .filter(li -> li.getParentNode().getParentNode() == notes)
                .toList();
        assertThat(items).extracting(li -> li.getAttribute("value")).containsExactly("1", "2");
        List<Element> footnotes = elements("*").stream()
                .filter(element -> element.getAttributeNS(OPS, "type").equals("footnote"))
                .toList();
        assertThat(footnotes).extracting(element -> element.getAttribute("id")).containsExactly("note-a", "note-b");
        assertThat(elements("aside"))
                .noneMatch(aside -> aside.getAttributeNS(OPS, "type").contains("note")
                        || aside.getAttribute("role").contains("footnote")
                        || aside.getAttribute("role").contains("endnote"));
    }

    @Test
    void keepsAPageThatBeginsAtANoteInTheListOutsideThePopUp() {
        PageMap pageMap = new PageMap(
                "PDF",
                List.of(
                        new PageMap.PageStart(1, "1", PageMap.DOCUMENT_START, 0),
                        new PageMap.PageStart(2, "2", "note-b", 0)));
        Document written = Editions.xml(HtmlWriter.xhtmlDocument(
                TestBriefs.kitchenSink(), TestBriefs.options(folder, Flavor.EPUB, Optional.of(pageMap))));

        Element marker = byId(written, "page-2");
        Element note = byId(written, "note-b");
        Element item = (Element) marker.getParentNode();
        assertThat(item.getLocalName()).isEqualTo("li");
        assertThat(item.getAttribute("value")).isEqualTo("2");
        assertThat(marker.getNextSibling())
                .as("the note follows its page marker")
                .isSameAs(note);
        assertThat(elements(note, "*"))
                .as("no page marker inside the pop-up")
                .noneMatch(element -> element.getAttribute("role").equals("doc-pagebreak"));
    }

    @Test
    void marksPageBreaksAbstractPullQuoteAndColophon() {
        assertThat(byId("page-2").getAttributeNS(OPS, "type")).isEqualTo("pagebreak");
        assertThat(byId("summary").getAttributeNS(OPS, "type")).isEqualTo("abstract");
        assertThat(byId("pullquote-1").getAttributeNS(OPS, "type")).isEqualTo("pullquote");
        assertThat(byId("colophon").getAttributeNS(OPS, "type")).isEqualTo("colophon");
    }

    @Test
    void refersToImagesByTheirPath() {
        Element image = (Element) document.getElementsByTagNameNS(XHTML, "img").item(0);
        assertThat(image.getAttribute("src")).isEqualTo("chart.png");
    }

    @Test
    void leavesALogoOutsideTheBriefsFolderOutOfTheEpub() {
        assertThat(new ImageSources(folder, Flavor.EPUB).canReference("../logo.png"))
                .isFalse();
        assertThat(new ImageSources(folder, Flavor.EPUB).canReference("images/logo.png"))
                .isTrue();
        assertThat(new ImageSources(folder, Flavor.PRINT).canReference("../logo.png"))
                .isTrue();
    }

    @Test
    void usesOnlyKnownStructuralSemantics() {
        List<String> known = List.of(
                "noteref", "endnotes", "footnote", "backlink", "pagebreak", "abstract", "pullquote", "colophon");
        assertThat(epubTypes("*")).isNotEmpty().allMatch(known::contains);
    }

    private Element byId(String id) {
        return byId(document, id);
    }

    private static Element byId(Document in, String id) {
        return elements(in.getDocumentElement(), "*").stream()
                .filter(element -> element.getAttribute("id").equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no element #" + id));
    }

    private List<Element> elements(String localName) {
        return elements(document.getDocumentElement(), localName);
    }

    private static List<Element> elements(Element root, String localName) {
        NodeList nodes = root.getElementsByTagNameNS(XHTML, localName);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private List<String> epubTypes(String localName) {
        List<String> types = new ArrayList<>();
        NodeList elements = document.getElementsByTagNameNS(XHTML, localName);
        for (int i = 0; i < elements.getLength(); i++) {
            String type = ((Element) elements.item(i)).getAttributeNS(OPS, "type");
            if (!type.isEmpty()) {
                types.add(type);
            }
        }
        return types;
    }
}
