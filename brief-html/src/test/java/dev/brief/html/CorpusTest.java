package dev.brief.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.house.HouseStyle;
import dev.brief.core.model.Block;
import dev.brief.core.model.Brief;
import dev.brief.core.model.BriefWalker;
import dev.brief.core.model.PlainText;
import dev.brief.core.model.Section;
import dev.brief.core.testing.BriefFixtures;
import dev.brief.core.testing.ModelWalker;
import dev.brief.core.testing.SampleBriefs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Invariants over every brief we have, in both flavours: ids kept, text kept, markup sound. */
class CorpusTest {
    @TempDir
    static Path fixtureFolder;

    static Stream<Arguments> briefs() throws Exception {
        BriefFixtures.writeImages(fixtureFolder);
        TestBriefs.writeChart(fixtureFolder);
        List<Arguments> briefs = new ArrayList<>();
        for (Flavor flavor : Flavor.values()) {
            briefs.add(Arguments.of(
                    "test kitchen sink", TestBriefs.kitchenSink(), fixtureFolder, HouseStyle.defaults(), flavor));
            briefs.add(Arguments.of(
                    "core kitchen sink", BriefFixtures.kitchenSink(), fixtureFolder, HouseStyle.defaults(), flavor));
            briefs.add(Arguments.of(
                    "core minimal", BriefFixtures.minimal(), fixtureFolder, HouseStyle.defaults(), flavor));
            briefs.add(Arguments.of(
                    "sample",
                    SampleBriefs.sample(),
                    SampleBriefs.sampleDirectory(),
                    SampleBriefs.house().style(),
                    flavor));
        }
        return briefs.stream();
    }

    @ParameterizedTest(name = "{0} {4}")
    @MethodSource("briefs")
    void keepsEveryIdAndEveryParagraph(String name, Brief brief, Path folder, HouseStyle style, Flavor flavor) {
        String markup = HtmlWriter.xhtmlDocument(brief, new HtmlOptions(folder, style, flavor, Optional.empty()));
        Editions.xml(markup);
        Document document = Editions.html(markup);

        MarkupInvariants.check(document, brief.metadata().language(), flavor);
        for (String id : ModelWalker.ids(brief)) {
            assertThat(document.getElementById(id)).as("element #%s", id).isNotNull();
        }
        for (Block.Paragraph paragraph : paragraphs(brief)) {
            String expected = PlainText.of(paragraph.inlines(), brief)
                    .replaceAll("\\s+", " ")
                    .strip();
            Element element = document.getElementById(paragraph.id());
            assertThat(element.tagName()).isEqualTo("p");
            // A note's last paragraph ends with its back links.
            assertThat(element.text().replace("\u21A9\uFE0E", ""))
                    .as("text of #%s", paragraph.id())
                    .startsWith(expected);
        }
        for (Section section : brief.allSections()) {
            Element heading = document.getElementById(RenderContext.headingId(section.id()));
            assertThat(heading.tagName()).isEqualTo("h" + section.level());
            assertThat(heading.text())
                    .isEqualTo(PlainText.of(section.heading(), brief)
                            .replaceAll("\\s+", " ")
                            .strip());
        }
    }

    @Test
    void writesTheSampleForBrowserChecks() throws Exception {
        Brief brief = SampleBriefs.sample();
        HtmlOptions options = new HtmlOptions(
                SampleBriefs.sampleDirectory(), SampleBriefs.house().style(), Flavor.PRINT, Optional.empty());
        String html = Editions.printEdition(brief, options);
        Path out = Files.createDirectories(Path.of("target", "sample"));
        Files.writeString(out.resolve("sample.html"), html);
        Files.writeString(
                out.resolve("sample.xhtml"), HtmlWriter.xhtmlDocument(brief, options.withFlavor(Flavor.EPUB)));

        Document document = Editions.html(html);
        assertThat(document.select("img[src^=data:image/png;base64,]")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(document.select("[role=doc-pullquote]")).isNotEmpty();
        assertThat(document.select("aside.about")).isNotEmpty();
        assertThat(document.select("a[role=doc-noteref]")).hasSizeGreaterThan(5);
    }

    private static List<Block.Paragraph> paragraphs(Brief brief) {
        List<Block.Paragraph> paragraphs = new ArrayList<>();
        for (Block block : BriefWalker.blocks(brief)) {
            if (block instanceof Block.Paragraph paragraph) {
                paragraphs.add(paragraph);
            }
        }
        return paragraphs;
    }
}
