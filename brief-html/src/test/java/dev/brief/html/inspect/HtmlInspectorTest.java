package dev.brief.html.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.testing.SampleBriefs;
import dev.brief.html.Flavor;
import dev.brief.html.HtmlOptions;
import dev.brief.html.HtmlWriter;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlInspectorTest {
    private static String sample(Flavor flavor) {
        return HtmlWriter.xhtmlDocument(
                SampleBriefs.sample(),
                new HtmlOptions(
                        SampleBriefs.sampleDirectory(), SampleBriefs.house().style(), flavor, Optional.empty()));
    }

    @Test
    void findsNothingWrongWithTheSample() {
        InspectedHtml html = HtmlInspector.inspect(sample(Flavor.PRINT), true);

        assertThat(html.problems()).isEmpty();
        assertThat(html.language()).isEqualTo(SampleBriefs.sample().metadata().language());
        assertThat(html.headings().get(0).level()).isEqualTo(1);
        assertThat(html.images()).allMatch(InspectedHtml.Image::embedded);
        assertThat(html.links()).anyMatch(link -> link.role().equals("doc-noteref"));
    }

    @Test
    void reportsImagesThatAreNotEmbeddedOnlyWhenAskedForSelfContainment() {
        assertThat(HtmlInspector.inspect(sample(Flavor.EPUB), true).problems())
                .anyMatch(p -> p.contains("not embedded"));
        assertThat(HtmlInspector.inspect(sample(Flavor.EPUB), false).problems()).isEmpty();
    }

    @Test
    void reportsADirectionThatContradictsTheLanguage() {
        String arabicLeftToRight = """
                <html xmlns="http://www.w3.org/1999/xhtml" lang="ar"><head><title>t</title></head><body>
                <h1>A</h1></body></html>""";
        String englishRightToLeft = arabicLeftToRight.replace("lang=\"ar\"", "lang=\"en\" dir=\"rtl\"");

        assertThat(HtmlInspector.inspect(arabicLeftToRight, true).problems())
                .containsExactly(
                        "the document's language ar is written right to left but its dir is ''; set dir=\"rtl\"");
        assertThat(HtmlInspector.inspect(englishRightToLeft, true).problems())
                .containsExactly(
                        "the document's language en is written left to right but its dir is 'rtl'; set dir=\"ltr\"");
        assertThat(HtmlInspector.inspect(arabicLeftToRight.replace("lang=\"ar\"", "lang=\"ar\" dir=\"rtl\""), true)
                        .problems())
                .isEmpty();
    }

    @Test
    void reportsAFontLoadedFromOutsideTheFileOnlyWhenAskedForSelfContainment() {
        String linked = """
                <html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>t</title><style>
                @font-face { font-family: "A"; src: url("fonts/a.ttf") format("truetype"); }
                @font-face { font-family: "B"; src: url(data:font/ttf;base64,AAEAAA==) format("truetype"); }
                </style></head><body><h1>A</h1></body></html>""";

        assertThat(HtmlInspector.inspect(linked, true).problems())
                .containsExactly("the style sheet loads fonts/a.ttf from outside the file, so the edition is not"
                        + " self-contained");
        assertThat(HtmlInspector.inspect(linked, false).problems()).isEmpty();
    }

    @Test
    void reportsBrokenStructure() {
        String broken = """
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head><body>
                <h1>A</h1><h3 id="x">B</h3><h3 id="x"></h3><img src="a.png"/>
                <p><a href="#nowhere" id="ref-1" role="doc-noteref">1</a></p>
                <section aria-labelledby="missing"></section></body></html>""";

        assertThat(HtmlInspector.inspect(broken, true).problems())
                .containsExactlyInAnyOrder(
                        "the id 'x' is used twice",
                        "the document has no lang attribute",
                        "heading 'B' is level 3 after level 1",
                        "an empty h3",
                        "the image a.png has no alt attribute",
                        "the image a.png is not embedded, so the edition is not self-contained",
                        "the link to #nowhere leads nowhere",
                        "no note links back to the reference #ref-1",
                        "aria-labelledby on # names no text: missing");
    }
}
