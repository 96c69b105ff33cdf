package dev.brief.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MarkupWriterTest {
    @Test
    void escapesMarkupInText() {
        String markup = new MarkupWriter()
                .textElement("p", "<script>a && b</script> ]]> \"q\"")
                .finish();

        assertThat(markup).isEqualTo("<p>&lt;script&gt;a &amp;&amp; b&lt;/script&gt; ]]&gt; \"q\"</p>");
    }

    @Test
    void escapesQuotesAndLineEndsInAttributes() {
        String markup = new MarkupWriter()
                .element("span", "title", "a\"b' onclick=\"x\n")
                .finish();

        assertThat(markup).isEqualTo("<span title=\"a&quot;b' onclick=&quot;x&#10;\"></span>");
    }

    @Test
    void replacesCharactersXmlForbidsVisibly() {
        String markup = new MarkupWriter()
                .textElement("p", "a\u0000b\u0007c\u0085d\uFFFEe\uD800f\tg")
                .finish();

        assertThat(markup).isEqualTo("<p>a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\tg</p>");
    }

    @Test
    void keepsCharactersOutsideTheBasicPlane() {
        assertThat(new MarkupWriter().textElement("p", "\uD83D\uDE00").finish()).isEqualTo("<p>\uD83D\uDE00</p>");
    }

    @Test
    void writesNonVoidEmptyElementsWithAnEndTag() {
        assertThat(new MarkupWriter().element("span", "id", "x").finish()).isEqualTo("<span id=\"x\"></span>");
        assertThat(new MarkupWriter().empty("br").finish()).isEqualTo("<br/>");
        assertThatThrownBy(() -> new MarkupWriter().empty("span")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void leavesOutAttributesWithoutValue() {
        assertThat(new MarkupWriter().element("ol", "start", null, "id", "l").finish())
                .isEqualTo("<ol id=\"l\"></ol>");
    }

    @Test
    void refusesUnbalancedElementsAndBadNames() {
        assertThatThrownBy(() -> new MarkupWriter().start("p").end("div")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new MarkupWriter().start("p").finish()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new MarkupWriter().start("p onclick=x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MarkupWriter().start("p", "on click", "x"))
                .isInstanceOf(IllegalArgumentException.class);
        for (String bad : new String[] {"", "P", "1p", "-p", "p:", ":p", "epub:", "a:b:c", "p_x", "é"}) {
            assertThatThrownBy(() -> new MarkupWriter().start(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        for (String good : new String[] {"p", "h2", "data-x", "epub:type", "xml:lang", "a-1:b-2"}) {
            new MarkupWriter().start("p", good, "x");
        }
    }

    @Test
    void quotesCssStringsSoTheyCannotEndTheStyleSheet() {
        String css = MarkupWriter.cssString("a\"b\\c</style><x>&\n");

        assertThat(css).isEqualTo("\"a\\22 b\\5c c\\3c /style>\\3c x>\\26 \\a \"");
        assertThat(css).doesNotContain("<", "&");
    }

    @Test
    void refusesStyleSheetsThatCouldBreakOut() {
        assertThatThrownBy(() -> new MarkupWriter().styleSheet("p{}</style>"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
