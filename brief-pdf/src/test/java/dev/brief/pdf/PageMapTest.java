package dev.brief.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.model.Block;
import dev.brief.core.model.Brief;
import dev.brief.core.model.PageMap;
import dev.brief.core.model.PlainText;
import dev.brief.core.testing.ModelWalker;
import dev.brief.pdf.inspect.PdfInspection;
import dev.brief.pdf.inspect.TagNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The page map has one start per page, in page and source order, each naming a real element and offset. */
class PageMapTest {

    @Test
    void samplePageMapIsSane() throws IOException {
        assertSane(TestPdfs.sample());
    }

    @Test
    void kitchenSinkPageMapIsSane() throws IOException {
        assertSane(TestPdfs.kitchenSink());
    }

    private static void assertSane(TestPdfs.Written written) throws IOException {
        PageMap map = written.result().pageMap();
        try (PDDocument document = Loader.loadPDF(written.bytes())) {
            assertThat(written.result().pageCount()).isEqualTo(document.getNumberOfPages());
        }
        assertThat(map.pages()).hasSize(written.result().pageCount());
        assertThat(map.pages().get(0).elementId()).isEqualTo(PageMap.DOCUMENT_START);
        List<String> ids = ModelWalker.ids(written.brief());
        int previous = -1;
        for (int i = 0; i < map.pages().size(); i++) {
            PageMap.PageStart start = map.pages().get(i);
            assertThat(start.number()).isEqualTo(i + 1);
            assertThat(start.label()).isEqualTo(Integer.toString(i + 1));
            if (i == 0) {
                continue;
            }
            if (start.elementId().equals(PageMap.COLOPHON)) {
                assertThat(start.charOffset()).isZero();
                previous = ids.size();
                continue;
            }
            assertThat(ids)
                    .as("page %d starts in a model element", start.number())
                    .contains(start.elementId());
            int order = ids.indexOf(start.elementId());
            assertThat(order)
                    .as("page %d starts after page %d in source order", i + 1, i)
                    .isGreaterThanOrEqualTo(previous);
            previous = order;
            assertThat(start.charOffset()).isLessThanOrEqualTo(textLength(written.brief(), start.elementId()));
            String text = paragraphText(written.brief(), start.elementId());
            if (text != null) {
                String firstWord = text.substring(start.charOffset()).strip().split("\\s+")[0];
                assertThat(TestPdfs.pageText(written.bytes(), start.number()))
                        .as("page %d shows the text at its page-map offset", start.number())
                        .contains(firstWord);
            }
        }
        assertThat(PdfInspection.of(written.bytes()).roots()).isNotEmpty();
        assertThat(map.pages().stream().map(start -> start.elementId() + "@" + start.charOffset()))
                .as("no two pages begin at the same place")
                .doesNotHaveDuplicates();
    }

    /**
     * For every page after the first, the first text the page shows in structure order (the tag tree is in
     * source order) is the text the page map names: the first word at (elementId, charOffset), or, for the
     * reserved colophon id, text inside the Colophon element.
     */
    @Test
    void everySamplePageBeginsWhereItsFirstTextIs() throws IOException {
        assertFirstTexts(TestPdfs.sample());
    }

    @Test
    void everyKitchenSinkPageBeginsWhereItsFirstTextIs() throws IOException {
        assertFirstTexts(TestPdfs.kitchenSink());
    }

    @Test
    void theSampleColophonPageBeginsInTheColophon() {
        List<PageMap.PageStart> pages = TestPdfs.sample().result().pageMap().pages();
        assertThat(pages.get(pages.size() - 1).elementId()).isEqualTo(PageMap.COLOPHON);
        assertThat(pages.get(pages.size() - 1).charOffset()).isZero();
    }

    private static void assertFirstTexts(TestPdfs.Written written) throws IOException {
        List<TagNode.Element> roots = PdfInspection.of(written.bytes()).roots();
        Map<String, String> texts = ElementTexts.of(written.brief());
        for (PageMap.PageStart start : written.result().pageMap().pages()) {
            if (start.number() == 1) {
                continue;
            }
            FirstContent first = firstContent(roots, start.number());
            assertThat(first).as("page %d shows tagged text", start.number()).isNotNull();
            if (start.elementId().equals(PageMap.COLOPHON)) {
                assertThat(first.types())
                        .as("page %d opens in the colophon", start.number())
                        .contains("Colophon");
                continue;
            }
            assertThat(first.types())
                    .as("page %d does not open in the colophon", start.number())
                    .doesNotContain("Colophon");
            if (start.elementId().startsWith("table-")) {
                assertThat(first.types())
                        .as("page %d opens in a table", start.number())
                        .contains("Table");
                continue;
            }
            assertThat(texts)
                    .as("page %d names a text-bearing element", start.number())
                    .containsKey(start.elementId());
            String rest = SourceText.normalise(texts.get(start.elementId()).substring(start.charOffset()));
            if (rest.isEmpty()) {
                // A page opened by an attribution begins at the end of the quoted text before it.
                continue;
            }
            String word = SourceText.normalise(first.text()).split(" ")[0].replaceAll("[-\u00ad]$", "");
            assertThat(rest)
                    .as(
                            "page %d begins at %s@%d with the page's first text %s",
                            start.number(), start.elementId(), start.charOffset(), first.text())
                    .startsWith(word);
        }
    }

    /** The first non-blank marked content of {@code page} in structure order, with its element types. */
    private record FirstContent(String text, List<String> types) {}

    private static FirstContent firstContent(List<TagNode.Element> elements, int page) {
        for (TagNode.Element root : elements) {
            FirstContent found = firstContent(root, page, new ArrayList<>());
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static FirstContent firstContent(TagNode.Element element, int page, List<String> types) {
        types.add(element.type());
        for (TagNode kid : element.kids()) {
            if (kid instanceof TagNode.Content
                    && ((TagNode.Content) kid).page() == page
                    && !((TagNode.Content) kid).text().isBlank()) {
                String actual = element.attributes().get("ActualText");
                return new FirstContent(actual != null ? actual : ((TagNode.Content) kid).text(), List.copyOf(types));
            }
            if (kid instanceof TagNode.Element) {
                FirstContent found = firstContent((TagNode.Element) kid, page, types);
                if (found != null) {
                    return found;
                }
            }
        }
        types.remove(types.size() - 1);
        return null;
    }

    private static String paragraphText(Brief brief, String id) {
        for (Block block : BlockFinder.all(brief)) {
            if (block.id().equals(id) && block instanceof Block.Paragraph) {
                return PlainText.of(((Block.Paragraph) block).inlines(), brief);
            }
        }
        return null;
    }

    private static int textLength(Brief brief, String id) {
        StringBuilder found = new StringBuilder();
        for (Block block : BlockFinder.all(brief)) {
            if (block.id().equals(id) && block instanceof Block.Paragraph) {
                found.append(PlainText.of(((Block.Paragraph) block).inlines(), brief));
            }
        }
        return found.length() == 0 ? Integer.MAX_VALUE : found.length();
    }
}
