package dev.brief.epub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.model.Brief;
import dev.brief.core.model.Inline;
import dev.brief.core.model.Section;
import dev.brief.epub.inspect.EpubInspector;
import dev.brief.epub.inspect.InspectedEpub;
import dev.brief.epub.inspect.XmlDocuments;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** Language spans in the EPUB: XHTML spans with lang and xml:lang that EPUBCheck accepts, and plain nav labels. */
class LanguageSpanEpubTest {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";

    @TempDir
    Path directory;

    private static Brief withSpans() {
        Brief minimal = TestBriefs.minimal("en");
        Section section = new Section(
                "sec-one",
                2,
                List.of(TestBriefs.text("The "), new Inline.LanguageSpan("fr", List.of(TestBriefs.text("rentrée")))),
                List.of(TestBriefs.paragraph(
                        "p-1",
                        TestBriefs.text("Benches, or "),
                        new Inline.LanguageSpan("ar", List.of(TestBriefs.text("مقاعد"))),
                        TestBriefs.text(", for "),
                        new Inline.LanguageSpan(
                                "de-CH", List.of(new Inline.Emphasis(List.of(TestBriefs.text("alle"))))),
                        TestBriefs.text("."))),
                List.of());
        return new Brief(
                minimal.metadata(), Optional.empty(), List.of(), List.of(section), List.of(), Optional.empty());
    }

    @Test
    void contentDocumentMarksEachSpansLanguageTwice() throws Exception {
        InspectedEpub epub = EpubInspector.inspect(EpubFixtures.write(withSpans(), directory, Optional.empty()));
        Element content =
                XmlDocuments.parse(epub.documents().get("brief.xhtml")).getDocumentElement();
        List<Element> spans = XmlDocuments.elements(content, XHTML, "span").stream()
                .filter(span -> span.hasAttribute("lang"))
                .toList();
        assertThat(spans)
                .extracting(span -> span.getAttribute("lang") + "=" + span.getAttributeNS(XML, "lang") + " "
                        + span.getAttribute("dir") + " " + span.getTextContent())
                .containsExactly("fr=fr  rentrée", "ar=ar rtl مقاعد", "de-CH=de-CH  alle");
        assertThat(epub.flatTableOfContents())
                .extracting(InspectedEpub.NavEntry::label)
                .contains("The rentrée");
    }

    @Test
    void epubCheckFindsNothing() throws Exception {
        byte[] epub = EpubFixtures.write(withSpans(), directory, Optional.empty());
        EpubFixtures.keep("language-spans.epub", epub);
        assertThat(EpubCheckReport.check(epub, directory).problems()).isEmpty();
    }
}
