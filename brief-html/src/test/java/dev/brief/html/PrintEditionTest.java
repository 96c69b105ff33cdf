package dev.brief.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.house.AccentPalette;
import dev.brief.core.house.HouseStyle;
import dev.brief.core.testing.SecondJvm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The print edition is one self-contained file with screen and print styles. */
class PrintEditionTest {
    @TempDir
    Path folder;

    private String markup;
    private Document document;

    @BeforeEach
    void write() throws Exception {
        TestBriefs.writeChart(folder);
        markup = Editions.printEdition(TestBriefs.kitchenSink(), TestBriefs.options(folder, Flavor.PRINT));
        document = Editions.html(markup);
    }

    @Test
    void isHtml5ThatIsAlsoWellFormedXml() {
        assertThat(markup).startsWith("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"");
        Editions.xml(markup);
        assertThat(document.selectFirst("meta[charset]").attr("charset")).isEqualTo("utf-8");
        assertThat(document.selectFirst("meta[name=viewport]")).isNotNull();
        assertThat(document.title()).isEqualTo("Civic Data, Shared Fairly: How towns can pool what they know");
        assertThat(document.selectFirst("meta[name=author]").attr("content")).isEqualTo("Ada Example, Ben Sample");
        assertThat(document.selectFirst("meta[name=keywords]").attr("content")).isEqualTo("data, towns");
    }

    @Test
    void writesTheSameBytesForTheSameBrief() {
        String again = Editions.printEdition(TestBriefs.kitchenSink(), TestBriefs.options(folder, Flavor.PRINT));

        assertThat(again).isEqualTo(markup);
        assertThat(HtmlWriter.xhtmlDocument(TestBriefs.kitchenSink(), TestBriefs.options(folder, Flavor.EPUB)))
                .isEqualTo(HtmlWriter.xhtmlDocument(TestBriefs.kitchenSink(), TestBriefs.options(folder, Flavor.EPUB)));
    }

    /**
     * A second JVM, with another locale, time zone and default charset, writes the same bytes as this one: two
     * writes in one JVM would share its hash order, caches and defaults.
     */
    @Test
    void aSecondJvmWritesTheSameBytes() throws Exception {
        Path html = folder.resolve("second-jvm.html");
        Path log = folder.resolve("second-jvm.log");
        SecondJvm.run(log, PrintEditionMain.class, folder.toString(), html.toString());
        assertThat(Files.readAllBytes(html)).isEqualTo(markup.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void embedsEverythingItNeeds() {
        assertThat(document.select("link, script, iframe, object, embed")).isEmpty();
        for (Element element : document.select("[src]")) {
            assertThat(element.attr("src")).startsWith("data:image/");
        }
        Set<String> textLinks = Set.of(
                "https://example.org/report",
                "https://example.org/a",
                "https://example.org",
                "https://doi.org/10.1234/abc",
                "https://example.org/briefs/7",
                "mailto:ada@example.org");
        for (Element link : document.select("[href]")) {
            String href = link.attr("href");
            if (!href.startsWith("#")) {
                assertThat(textLinks).as("external link").contains(href);
            } else {
                assertThat(document.getElementById(href.substring(1)))
                        .as("target of %s", href)
                        .isNotNull();
            }
        }
        String css = document.selectFirst("style").data();
        assertThat(css).doesNotContain("@import", "url(");
    }

    @Test
    void printsOnTheHousePageWithRunningHeadAndPageNumbers() {
        String css = document.selectFirst("style").data();
        assertThat(css).contains("size: A4;", "content: \"Civic data\";", "counter(page)", "counter(pages)");
        assertThat(css).containsPattern("@page :first \\{\\s*@top-left \\{ content: none; \\}");
        assertThat(css).contains("break-after: avoid", "break-inside: avoid", "content: \" (\" attr(href) \")\"");

        String letter = Editions.html(Editions.printEdition(
                        TestBriefs.kitchenSink(),
                        new HtmlOptions(
                                folder, TestBriefs.letter("#1f4e79"), Flavor.PRINT, java.util.Optional.empty())))
                .selectFirst("style")
                .data();
        assertThat(letter).contains("size: letter;");
    }

    @Test
    void darkensAnAccentThatFailsContrastAndSaysSo() {
        HouseStyle pale = TestBriefs.letter("#4a90e2");
        String css = Editions.html(Editions.printEdition(
                        TestBriefs.kitchenSink(),
                        new HtmlOptions(folder, pale, Flavor.PRINT, java.util.Optional.empty())))
                .selectFirst("style")
                .data();

        AccentPalette palette = AccentPalette.of("#4a90e2");
        assertThat(palette.darkened()).isTrue();
        assertThat(css).contains("The house accent #4a90e2", "darkened to " + palette.accent());
        // The dark scheme has colours of its own, checked against its dark page in DarkSchemeTest.
        String light = String.join(
                "\n",
                StyleRules.parse(css).rules().stream()
                        .filter(rule -> !rule.condition().contains("prefers-color-scheme: dark"))
                        .flatMap(rule -> rule.declarations().values().stream())
                        .toList());
        assertThat(light).contains(palette.accent()).doesNotContain("#4a90e2");
        for (String colour : colours(light)) {
            if (!colour.equals("#ffffff") && !colour.equals("#b3b3b3") && !colour.equals(palette.tint())) {
                assertThat(AccentPalette.contrast(colour, "#ffffff")).as(colour).isGreaterThanOrEqualTo(4.5);
                assertThat(AccentPalette.contrast(colour, palette.tint()))
                        .as(colour)
                        .isGreaterThanOrEqualTo(4.5);
            }
        }
    }

    @Test
    void keepsAnAccentThatPasses() {
        AccentPalette palette = AccentPalette.of(HouseStyle.DEFAULT_ACCENT);

        assertThat(palette.darkened()).isFalse();
        assertThat(palette.accent()).isEqualTo(HouseStyle.DEFAULT_ACCENT);
        assertThat(document.selectFirst("style").data()).doesNotContain("darkened");
    }

    @Test
    void speaksTheBriefsLanguage() throws Exception {
        Document french = Editions.html(Editions.printEdition(
                TestBriefs.kitchenSink("Données civiques", "fr-CA"), TestBriefs.options(folder, Flavor.PRINT)));

        assertThat(french.selectFirst("html").attr("lang")).isEqualTo("fr-CA");
        assertThat(french.getElementById("heading-notes").text()).isEqualTo("Notes");
        assertThat(french.getElementById("heading-colophon").text()).isEqualTo("Informations de publication");
        assertThat(french.selectFirst("time").text()).isEqualTo("14 mars 2026");
        MarkupInvariants.check(french, "fr-CA", Flavor.PRINT);
    }

    private static Set<String> colours(String css) {
        Set<String> colours = new java.util.TreeSet<>();
        Matcher matcher = Pattern.compile("#[0-9a-f]{6}\\b").matcher(css.replaceAll("/\\*.*?\\*/", ""));
        while (matcher.find()) {
            colours.add(matcher.group());
        }
        return colours;
    }
}
