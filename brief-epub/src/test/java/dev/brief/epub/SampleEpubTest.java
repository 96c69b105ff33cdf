package dev.brief.epub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.fonts.EditionFonts;
import dev.brief.core.model.Brief;
import dev.brief.core.model.PageMap;
import dev.brief.core.testing.SampleBriefs;
import dev.brief.epub.inspect.EpubInspector;
import dev.brief.epub.inspect.InspectedEpub;
import dev.brief.epub.inspect.InspectedEpub.NavEntry;
import dev.brief.html.Flavor;
import dev.brief.html.HtmlOptions;
import dev.brief.html.WebFontSubsetter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The canonical sample brief as an EPUB: EPUBCheck-clean, with the sample's metadata, a page list and the
 * web fonts.
 */
class SampleEpubTest {
    @TempDir
    static Path directory;

    static Brief sample;
    static PageMap pageMap;
    static byte[] epub;

    @BeforeAll
    static void write() throws Exception {
        sample = SampleBriefs.sample();
        pageMap = handMadePageMap(sample);
        // With the web fonts, as the builder writes it.
        EditionFonts fonts = WebFontSubsetter.forBrief(
                sample,
                new HtmlOptions(
                        SampleBriefs.sampleDirectory(),
                        SampleBriefs.house().style(),
                        Flavor.EPUB,
                        Optional.of(pageMap)));
        EpubOptions options = new EpubOptions(
                        SampleBriefs.sampleDirectory(),
                        SampleBriefs.house().style(),
                        EpubFixtures.TIMESTAMP,
                        Optional.of(pageMap))
                .withFonts(fonts);
        epub = EpubFixtures.write(sample, options);
        EpubFixtures.keep("sample-hand-made-pages.epub", epub);
    }

    /**
     * Page 1 at the start, then a page at the start of every top-level section and one in the middle of the
     * first paragraph of the second section, as a PDF layout might break them.
     */
    static PageMap handMadePageMap(Brief brief) {
        List<PageMap.PageStart> pages = new ArrayList<>();
        pages.add(new PageMap.PageStart(1, "1", PageMap.DOCUMENT_START, 0));
        int number = 2;
        for (var section : brief.sections()) {
            pages.add(new PageMap.PageStart(number, Integer.toString(number), section.id(), 0));
            number++;
        }
        return new PageMap("PDF edition", pages);
    }

    @Test
    void epubCheckFindsNothing() throws Exception {
        EpubCheckReport report = EpubCheckReport.check(epub, directory);
        assertThat(report.problems()).isEmpty();
    }

    @Test
    void metadataComesFromTheSample() throws Exception {
        InspectedEpub inspected = EpubInspector.inspect(epub);
        assertThat(inspected.values("dc:identifier")).containsExactly("urn:isbn:9781739120498");
        assertThat(inspected.values("pageBreakSource")).containsExactly("urn:isbn:9781739120481");
        assertThat(inspected.values("dc:title")).startsWith(sample.metadata().title());
        assertThat(inspected.values("dc:creator"))
                .hasSize(sample.metadata().authors().size());
        assertThat(inspected.values("dc:publisher"))
                .containsExactly(sample.publisher().orElseThrow().name());
        assertThat(inspected.values("a11y:certifiedBy"))
                .containsExactly(sample.publisher().orElseThrow().name());
        assertThat(inspected.values("schema:accessMode")).containsExactly("textual", "visual");
    }

    @Test
    void pageListHasOneEntryPerPage() throws Exception {
        InspectedEpub inspected = EpubInspector.inspect(epub);
        assertThat(inspected.pageList())
                .extracting(NavEntry::label)
                .containsExactlyElementsOf(
                        pageMap.pages().stream().map(PageMap.PageStart::label).toList());
    }
}
