package dev.brief.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.house.House;
import dev.brief.core.house.HouseReader;
import dev.brief.core.model.Block;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Inline;
import dev.brief.core.model.PlainText;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader sets straight quotation marks and apostrophes as the language's typographic ones, across inline
 * elements, in titles and front matter summaries, but never in code spans, addresses or link destinations, and not
 * at all when the front matter or the house style says {@code typography: quotes: false}.
 */
class QuotationMarksReaderTest {
    @TempDir
    Path folder;

    private Brief read(String frontMatter, String body, House house) {
        ReadResult result = new BriefSources(folder).read("---\n" + frontMatter + "---\n" + body, house);
        assertThat(result.diagnostics()).isEmpty();
        return result.brief().orElseThrow();
    }

    private static List<Inline> firstParagraph(Brief brief) {
        return ((Block.Paragraph) brief.sections().get(0).blocks().get(0)).inlines();
    }

    @Test
    void aQuotationOpensBeforeEmphasisAndClosesAfterIt() {
        Brief brief = read(
                "title: A \"Peaceful Rise\"\nlanguage: en\nauthors:\n  - name: Ann O'Neill\n"
                        + "    bio: Ann writes on \"soft power\".\n",
                "## China's rise\n\nThey said \"*peaceful*\" and '[rise](https://example.org/it's \"t'x\")'.\n",
                House.defaults());
        assertThat(brief.metadata().title()).isEqualTo("A “Peaceful Rise”");
        assertThat(brief.metadata().authors().get(0).name()).isEqualTo("Ann O'Neill");
        assertThat(brief.metadata().authors().get(0).bio()).contains("Ann writes on “soft power”.");
        assertThat(PlainText.of(brief.sections().get(0).heading(), brief)).isEqualTo("China’s rise");
        assertThat(firstParagraph(brief))
                .containsExactly(
                        new Inline.Text("They said “"),
                        new Inline.Emphasis(List.of(new Inline.Text("peaceful"))),
                        new Inline.Text("” and ‘"),
                        new Inline.Link("https://example.org/it's", "t'x", List.of(new Inline.Text("rise"))),
                        new Inline.Text("’."));
    }

    @Test
    void codeSpansKeepTheirMarks() {
        Brief brief = read(
                "language: de\ntitle: T\n", "## S\n\nSchreiben Sie \"`print('x')`\" oder `\"y\"`.\n", House.defaults());
        assertThat(firstParagraph(brief))
                .containsExactly(
                        new Inline.Text("Schreiben Sie „"),
                        new Inline.Code("print('x')"),
                        new Inline.Text("“ oder "),
                        new Inline.Code("\"y\""),
                        new Inline.Text("."));
    }

    @Test
    void frenchQuotationsGetGuillemetsAndSummaryPointsFromTheFrontMatterToo() {
        Brief brief = read(
                "title: T\nlanguage: fr\nsummary:\n  - Le \"mot\" juste, aujourd'hui\n",
                "## S\n\nIl parle d'une \" paix \" réelle.\n",
                House.defaults());
        assertThat(PlainText.of(firstParagraph(brief), brief)).isEqualTo("Il parle d’une « paix » réelle.");
        assertThat(PlainText.of(brief.summary().orElseThrow().points().get(0).inlines(), brief))
                .isEqualTo("Le «mot» juste, aujourd’hui");
    }

    @Test
    void theFrontMatterTurnsItOff() {
        String body = "## S\n\nChina's \"peaceful rise\".\n";
        Brief brief = read("title: T\nlanguage: en\ntypography:\n  quotes: false\n", body, House.defaults());
        assertThat(PlainText.of(firstParagraph(brief), brief)).isEqualTo("China's \"peaceful rise\".");
    }

    @Test
    void theHouseStyleTurnsItOffAndTheFrontMatterBackOn() throws Exception {
        Path houseFile = new BriefSources(folder).write("house.yaml", "style:\n  typography:\n    quotes: false\n");
        House house = HouseReader.read(houseFile).house().orElseThrow();
        String body = "## S\n\nChina's \"peaceful rise\".\n";
        Brief off = read("title: T\nlanguage: en\n", body, house);
        assertThat(PlainText.of(firstParagraph(off), off)).isEqualTo("China's \"peaceful rise\".");
        Brief on = read("title: T\nlanguage: en\ntypography:\n  quotes: true\n", body, house);
        assertThat(PlainText.of(firstParagraph(on), on)).isEqualTo("China’s “peaceful rise”.");
    }

    @Test
    void aValueThatIsNeitherTrueNorFalseIsAnError() {
        ReadResult result = new BriefSources(folder)
                .read("---\ntitle: T\nlanguage: en\ntypography:\n  quotes: sometimes\n---\n## S\n\nText.\n");
        assertThat(BriefSources.lines(result))
                .singleElement()
                .asString()
                .startsWith("brief.md:5:11: error: `quotes: sometimes` is neither true nor false");
    }

    @Test
    void aHouseValueThatIsNeitherTrueNorFalseIsAnError() {
        Path houseFile = new BriefSources(folder).write("house.yaml", "style:\n  typography:\n    quotes: maybe\n");
        var result = HouseReader.read(houseFile);
        assertThat(result.house()).isEmpty();
        assertThat(result.diagnostics())
                .singleElement()
                .asString()
                .endsWith("house.yaml:3:13: error: `quotes: maybe` is neither true nor false (write `quotes: false`"
                        + " to keep straight quotation marks, or delete the line)");
    }
}
