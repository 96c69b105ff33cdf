package dev.brief.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.model.Brief;
import java.nio.file.Path;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A brief's language sets the base direction of both editions: {@code dir} beside {@code lang} on the root,
 * style sheets that mirror by it (logical properties only), and the print edition's running head and page
 * number in the mirrored page corners. The right-to-left brief is the kitchen sink declared Arabic.
 */
class TextDirectionTest {
    @TempDir
    Path folder;

    @BeforeEach
    void chart() throws Exception {
        TestBriefs.writeChart(folder);
    }

    @Test
    void anEnglishBriefIsLeftToRightInBothEditions() {
        Brief english = TestBriefs.kitchenSink();
        assertRoot(printRoot(english), "en", "ltr");
        assertRoot(epubRoot(english), "en", "ltr");
    }

    @Test
    void anArabicBriefIsRightToLeftInBothEditions() {
        Brief arabic = TestBriefs.kitchenSink("Civic Data, Shared Fairly", "ar");
        assertRoot(printRoot(arabic), "ar", "rtl");
        assertRoot(epubRoot(arabic), "ar", "rtl");
    }

    @Test
    void theRunningHeadAndPageNumberChangeCornersWithTheDirection() {
        String english = css(Editions.printEdition(TestBriefs.kitchenSink(), TestBriefs.options(folder, Flavor.PRINT)));
        String arabic = css(Editions.printEdition(
                TestBriefs.kitchenSink("Civic Data, Shared Fairly", "ar"), TestBriefs.options(folder, Flavor.PRINT)));

        assertThat(english)
                .contains("@top-left {\n    content: \"Civic data\";")
                .contains("@bottom-right {")
                .doesNotContain("@top-right")
                .doesNotContain("@bottom-left");
        assertThat(arabic)
                .contains("@top-right {\n    content: \"Civic data\";")
                .contains("@bottom-left {")
                .doesNotContain("@top-left")
                .doesNotContain("@bottom-right");
    }

    @Test
    void theStyleSheetsNameNoPhysicalSideForTextFlow() {
        Brief brief = TestBriefs.kitchenSink();
        String print = css(Editions.printEdition(brief, TestBriefs.options(folder, Flavor.PRINT)));
        String epub = css(HtmlWriter.xhtmlDocument(brief, TestBriefs.options(folder, Flavor.EPUB)));

        for (String css : new String[] {print, epub}) {
            assertThat(css)
                    .doesNotContainPattern("(margin|padding|border)-(left|right)")
                    .doesNotContainPattern("text-align:\\s*(left|right)");
        }
        // The floated boxes go to the end side; the physical float before it is only for older browsers.
        assertThat(print)
                .contains("float: inline-end; clear: inline-end;")
                .contains("margin-inline: 1.5rem -17.5rem;")
                .contains("border-inline-start: 0.35rem solid")
                .contains(".notes ol { padding-inline-start");
        assertThat(epub)
                .contains("blockquote {\n  margin-block: 1em; margin-inline: 1em 0;")
                .contains("caption { text-align: start;");
    }

    private Element printRoot(Brief brief) {
        String markup = Editions.printEdition(brief, TestBriefs.options(folder, Flavor.PRINT));
        return Editions.html(markup).selectFirst("html");
    }

    private Element epubRoot(Brief brief) {
        String markup = HtmlWriter.xhtmlDocument(brief, TestBriefs.options(folder, Flavor.EPUB));
        org.w3c.dom.Element root = Editions.xml(markup).getDocumentElement();
        assertThat(root.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"))
                .isEqualTo(root.getAttribute("lang"));
        return Editions.html(markup).selectFirst("html");
    }

    private static void assertRoot(Element root, String language, String direction) {
        assertThat(root.attr("lang")).isEqualTo(language);
        assertThat(root.attr("xml:lang")).isEqualTo(language);
        assertThat(root.attr("dir")).isEqualTo(direction);
    }

    private static String css(String markup) {
        return Editions.html(markup).selectFirst("style").data();
    }
}
