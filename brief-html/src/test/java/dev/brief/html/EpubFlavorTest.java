package dev.brief.html;

import static org.assertj.core.api.Assertions.assertThat;

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

    @TempDir Path folder;
    private String markup;
    private Document document;

    @BeforeEach
    void write() throws Exception {
        TestBriefs.writeChart(folder);
        markup = HtmlWriter.xhtmlDocument(TestBriefs.kitchenSink(),
                TestBriefs.options(folder, Flavor.EPUB, Optional.of(TestBriefs.pageMap(8))));
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
        Element notes = byId("notes");
        assertThat(notes.getAttributeNS(OPS, "type")).isEqualTo("endnotes");
        assertThat(notes.getAttribute("role")).isEqualTo("doc-endnotes");
        Element note = byId("note-a");
        assertThat(note.getLocalName()).isEqualTo("li");
        assertThat(note.getAttributeNS(OPS, "type")).isEqualTo("endnote");
        assertThat(note.hasAttribute("role")).isFalse();
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
        assertThat(new ImageSources(folder, Flavor.EPUB).canReference("../logo.png")).isFalse();
        assertThat(new ImageSources(folder, Flavor.EPUB).canReference("images/logo.png")).isTrue();
        assertThat(new ImageSources(folder, Flavor.PRINT).canReference("../logo.png")).isTrue();
    }

    @Test
    void usesOnlyKnownStructuralSemantics() {
        List<String> known = List.of("noteref", "endnotes", "endnote", "backlink", "pagebreak", "abstract", "pullquote",
                "colophon");
        assertThat(epubTypes("*")).isNotEmpty().allMatch(known::contains);
    }

    private Element byId(String id) {
        NodeList all = document.getElementsByTagNameNS(XHTML, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.getAttribute("id").equals(id)) {
                return element;
            }
        }
        throw new AssertionError("no element #" + id);
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
