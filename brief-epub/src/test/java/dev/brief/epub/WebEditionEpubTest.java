package dev.brief.epub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.fonts.EditionFonts;
import dev.brief.core.fonts.WebFont;
import dev.brief.core.house.HouseStyle;
import dev.brief.core.model.Author;
import dev.brief.core.model.Block;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Identifiers;
import dev.brief.core.model.Inline;
import dev.brief.core.model.Metadata;
import dev.brief.core.model.Section;
import dev.brief.core.xml.XmlReader;
import dev.brief.html.Flavor;
import dev.brief.html.HtmlOptions;
import dev.brief.html.WebFontSubsetter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What the EPUB takes from the brief's language and from the web fonts: the base direction on every XHTML
 * root and, for a right-to-left brief, on the package and its spine; the subset faces packed as
 * {@code font/ttf} and named by the content document's style sheet. EPUBCheck finds nothing in either.
 */
class WebEditionEpubTest {
    private static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";

    @TempDir
    Path directory;

    /** A short brief in Arabic, for the writers only: the PDF edition cannot set Arabic yet. */
    static Brief arabic() {
        Metadata metadata = new Metadata(
                "شوارع هادئة",
                Optional.of("مقاعد بدل المواقف"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                "ar",
                List.of(Author.named("سلمى قاسم")),
                Identifiers.none(),
                List.of(),
                Optional.empty());
        Section only = new Section(
                "sec-one",
                2,
                List.of(new Inline.Text("فكرة واحدة")),
                List.of(new Block.Paragraph(
                        "p-1",
                        List.of(
                                new Inline.Text("سيارات أقل، ومقاعد أكثر، وظل "),
                                new Inline.Emphasis(List.of(new Inline.Text("للجميع"))),
                                new Inline.Text(".")))),
                List.of());
        return new Brief(metadata, Optional.empty(), List.of(), List.of(only), List.of(), Optional.empty());
    }

    @Test
    void aRightToLeftBriefTurnsItsPagesFromRightToLeft() throws Exception {
        Map<String, byte[]> files = unzip(write(arabic(), directory));

        Element packageElement = xml(files, "EPUB/package.opf");
        assertThat(packageElement.getAttribute("dir")).isEqualTo("rtl");
        assertThat(packageElement.getAttributeNS(XML_NAMESPACE, "lang")).isEqualTo("ar");
        Element spine =
                (Element) packageElement.getElementsByTagNameNS("*", "spine").item(0);
        assertThat(spine.getAttribute("page-progression-direction")).isEqualTo("rtl");
        for (String document : List.of("EPUB/brief.xhtml", "EPUB/nav.xhtml", "EPUB/cover.xhtml")) {
            assertRoot(xml(files, document), "ar", "rtl");
        }
    }

    @Test
    void aLeftToRightBriefKeepsTheDefaults() throws Exception {
        Path folder = EpubFixtures.folderWithImages(directory, "lamp.png");
        Map<String, byte[]> files = unzip(write(TestBriefs.full(), folder));

        Element packageElement = xml(files, "EPUB/package.opf");
        assertThat(packageElement.hasAttribute("dir")).isFalse();
        Element spine =
                (Element) packageElement.getElementsByTagNameNS("*", "spine").item(0);
        assertThat(spine.hasAttribute("page-progression-direction")).isFalse();
        for (String document : List.of("EPUB/brief.xhtml", "EPUB/nav.xhtml", "EPUB/cover.xhtml")) {
            assertRoot(xml(files, document), "en", "ltr");
        }
    }

    @Test
    void theSubsetFacesArePackedAndNamedByTheStyleSheet() throws Exception {
        Path folder = EpubFixtures.folderWithImages(directory, "lamp.png");
        EditionFonts fonts = fonts(TestBriefs.full(), folder);
        Map<String, byte[]> files = unzip(write(TestBriefs.full(), folder));

        Map<String, String> mediaTypes = new LinkedHashMap<>();
        var items = xml(files, "EPUB/package.opf").getElementsByTagNameNS("*", "item");
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            mediaTypes.put(item.getAttribute("href"), item.getAttribute("media-type"));
        }
        String content = new String(files.get("EPUB/brief.xhtml"), StandardCharsets.UTF_8);
        assertThat(fonts.faces()).hasSize(5); // no emphasis in this brief, so no italic
        for (WebFont face : fonts.faces()) {
            String href = "fonts/" + face.fileName();
            assertThat(mediaTypes).containsEntry(href, "font/ttf");
            assertThat(files.get("EPUB/" + href)).isEqualTo(face.trueType());
            try (TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(files.get("EPUB/" + href)))) {
                assertThat(parsed.getUnicodeCmapLookup().getGlyphId('L')).isNotZero();
            }
            assertThat(content).contains("src: url(\"" + href + "\") format(\"truetype\")");
        }
    }

    @Test
    void epubCheckFindsNothingInEitherDirection() throws Exception {
        Path folder = EpubFixtures.folderWithImages(directory, "lamp.png");
        assertThat(EpubCheckReport.check(write(arabic(), folder), directory).problems())
                .isEmpty();
        assertThat(EpubCheckReport.check(write(TestBriefs.full(), folder), directory)
                        .problems())
                .isEmpty();
    }

    @Test
    void subsettingAndWritingTwiceGiveTheSameBytes() throws Exception {
        Path folder = EpubFixtures.folderWithImages(directory, "lamp.png");
        assertThat(write(TestBriefs.full(), folder)).isEqualTo(write(TestBriefs.full(), folder));
    }

    /** The EPUB as the builder writes it: fonts subset for this brief, then the book. */
    private static byte[] write(Brief brief, Path folder) throws IOException {
        EpubOptions options = new EpubOptions(folder, HouseStyle.defaults(), EpubFixtures.TIMESTAMP, Optional.empty())
                .withFonts(fonts(brief, folder));
        return EpubFixtures.write(brief, options);
    }

    private static EditionFonts fonts(Brief brief, Path folder) {
        return WebFontSubsetter.forBrief(
                brief, new HtmlOptions(folder, HouseStyle.defaults(), Flavor.EPUB, Optional.empty()));
    }

    private static void assertRoot(Element root, String language, String direction) {
        assertThat(root.getLocalName()).isEqualTo("html");
        assertThat(root.getAttribute("lang")).isEqualTo(language);
        assertThat(root.getAttributeNS(XML_NAMESPACE, "lang")).isEqualTo(language);
        assertThat(root.getAttribute("dir")).isEqualTo(direction);
    }

    private static Element xml(Map<String, byte[]> files, String name) throws Exception {
        Document document = XmlReader.parse(new String(files.get(name), StandardCharsets.UTF_8));
        return document.getDocumentElement();
    }

    private static Map<String, byte[]> unzip(byte[] epub) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        }
        return files;
    }
}
