package dev.brief.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.fonts.EditionFonts;
import dev.brief.core.fonts.WebFont;
import dev.brief.core.house.BundledFonts;
import dev.brief.core.house.FontFamily;
import dev.brief.core.house.HouseStyle;
import dev.brief.core.house.PageSize;
import dev.brief.core.model.Brief;
import dev.brief.core.model.BriefWalker;
import dev.brief.core.model.PlainText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.NameRecord;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web fonts: subsets of the PDF's faces that hold every character the brief shows, small enough for one
 * self-contained file, the same bytes on every build, and embedded or referenced by the style sheets.
 */
class WebFontSubsetterTest {
    @TempDir
    Path folder;

    private Brief brief;
    private EditionFonts fonts;

    @BeforeEach
    void subset() throws Exception {
        TestBriefs.writeChart(folder);
        brief = TestBriefs.kitchenSink();
        fonts = WebFontSubsetter.forBrief(brief, TestBriefs.options(folder, Flavor.PRINT));
    }

    @Test
    void theBundledFacesAreSubsetForEachRoleTheStyleSheetsUse() {
        assertThat(fonts.serifFamilies()).containsExactly("Brief Serif");
        assertThat(fonts.sansFamilies()).containsExactly("Brief Sans");
        assertThat(fonts.faces())
                .extracting(WebFont::fileName)
                .containsExactly(
                        "brief-serif-400.ttf",
                        "brief-serif-700.ttf",
                        "brief-serif-400-italic.ttf",
                        "brief-sans-400.ttf",
                        "brief-sans-600.ttf",
                        "brief-sans-700.ttf");
    }

    @Test
    void theRegularSerifCoversEveryCharacterOfTheBodyTextThatTheWholeFontCovers() throws IOException {
        StringBuilder body = new StringBuilder(brief.metadata().title());
        for (BriefWalker.Passage passage : BriefWalker.passages(brief)) {
            body.append(PlainText.of(passage.inlines(), brief));
        }
        CmapLookup whole = cmap(BundledFonts.read(BundledFonts.SERIF_REGULAR));
        CmapLookup subset = cmap(face("brief-serif-400.ttf").trueType());
        long checked = body.codePoints()
                .distinct()
                .filter(c -> whole.getGlyphId(c) != 0)
                .peek(c -> assertThat(subset.getGlyphId(c)).as("U+%04X", c).isNotZero())
                .count();
        assertThat(checked).isGreaterThan(40);
        // and nothing much besides: a character the brief never shows is left out
        assertThat(subset.getGlyphId('\u0152')).isZero();
        assertThat(whole.getGlyphId('\u0152')).isNotZero();
    }

    @Test
    void everySubsetKeepsTheCopyrightNoticeOfItsOriginal() throws IOException {
        for (WebFont face : fonts.faces()) {
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(face.trueType()))) {
                assertThat(font.getNaming().getNameRecords())
                        .as(face.toString())
                        .anySatisfy(name -> {
                            assertThat(name.getNameId()).isEqualTo(NameRecord.NAME_COPYRIGHT);
                            assertThat(name.getString()).contains("Adobe");
                        });
            }
        }
    }

    @Test
    void theItalicHoldsTheEmphasisedCharactersOnly() throws IOException {
        CmapLookup italic = cmap(face("brief-serif-400-italic.ttf").trueType());
        for (char c : "first".toCharArray()) {
            assertThat(italic.getGlyphId(c)).isNotZero();
        }
        assertThat(italic.getGlyphId('N')).isZero();
    }

    @Test
    void subsetsAreSmallAndTheSameOnEveryBuild() {
        for (WebFont face : fonts.faces()) {
            assertThat(face.trueType().length).as(face.toString()).isLessThan(30_000);
        }
        assertThat(WebFontSubsetter.forBrief(brief, TestBriefs.options(folder, Flavor.PRINT)))
                .isEqualTo(fonts);
        // A font parsed afresh gives the same subset as the one kept parsed for the process.
        WebFont fresh = WebFontSubsetter.subset(
                "Brief Serif",
                400,
                false,
                BundledFonts.read(BundledFonts.SERIF_REGULAR),
                WebFontSubsetter.shownCharacters(brief, TestBriefs.options(folder, Flavor.PRINT)));
        assertThat(fresh).isEqualTo(face("brief-serif-400.ttf"));
    }

    @Test
    void thePrintEditionEmbedsEveryFaceAsADataUrl() throws IOException {
        String markup = Editions.printEdition(
                brief, TestBriefs.options(folder, Flavor.PRINT).withFonts(fonts));
        String css = Editions.html(markup).selectFirst("style").data();

        Matcher faces = Pattern.compile("@font-face \\{ font-family: \"([^\"]+)\"; font-weight: (\\d+); font-style: "
                        + "(\\w+); font-display: swap; src: url\\(\"data:font/ttf;base64,([A-Za-z0-9+/=]+)\"\\) "
                        + "format\\(\"truetype\"\\); }")
                .matcher(css);
        int count = 0;
        while (faces.find()) {
            WebFont face = fonts.faces().get(count++);
            assertThat(faces.group(1)).isEqualTo(face.family());
            assertThat(Integer.parseInt(faces.group(2))).isEqualTo(face.weight());
            assertThat(faces.group(3)).isEqualTo(face.italic() ? "italic" : "normal");
            byte[] embedded = Base64.getDecoder().decode(faces.group(4));
            assertThat(embedded).isEqualTo(face.trueType());
            cmap(embedded);
        }
        assertThat(count).isEqualTo(fonts.faces().size());
        assertThat(css)
                .contains("font-family: \"Brief Serif\", \"Source Serif 4\", \"Source Serif Pro\", Georgia")
                .contains("font-family: \"Brief Sans\", \"Source Sans 3\", \"Source Sans Pro\"");
        // One file, and not a heavy one: the chart and the subsets together stay well under 200 kB.
        assertThat(markup.length()).isLessThan(200_000);
    }

    @Test
    void anEpubContentDocumentRefersToTheFacesInThePackage() {
        String markup = HtmlWriter.xhtmlDocument(
                brief, TestBriefs.options(folder, Flavor.EPUB).withFonts(fonts));
        String css = Editions.html(markup).selectFirst("style").data();

        for (WebFont face : fonts.faces()) {
            assertThat(css).contains("src: url(\"fonts/" + face.fileName() + "\") format(\"truetype\")");
        }
        assertThat(css).doesNotContain("base64").contains("body { font-family: \"Brief Serif\", \"Source Serif 4\"");
        String plain = HtmlWriter.xhtmlDocument(brief, TestBriefs.options(folder, Flavor.EPUB));
        assertThat(plain).doesNotContain("@font-face").doesNotContain("font-family");
    }

    @Test
    void aHouseFamilyIsSubsetUnderItsOwnNameAndLeadsTheStack() throws IOException {
        FontFamily family = new FontFamily(
                copy(BundledFonts.SANS_REGULAR),
                copy(BundledFonts.SANS_BOLD),
                copy(BundledFonts.SANS_ITALIC),
                copy(BundledFonts.SANS_BOLD_ITALIC));
        HouseStyle style =
                new HouseStyle(HouseStyle.DEFAULT_ACCENT, PageSize.A4, Optional.of(family), Optional.of(family));
        HtmlOptions options = new HtmlOptions(folder, style, Flavor.PRINT, Optional.empty());
        EditionFonts house = WebFontSubsetter.forBrief(brief, options);

        assertThat(house.serifFamilies()).containsExactly("Brief House Serif");
        assertThat(house.faces())
                .extracting(face -> face.family() + " " + face.weight())
                .containsExactly(
                        "Brief House Serif 400",
                        "Brief House Serif 700",
                        "Brief House Serif 400",
                        "Brief House Sans 400",
                        "Brief House Sans 700");
        String css = Editions.html(Editions.printEdition(brief, options.withFonts(house)))
                .selectFirst("style")
                .data();
        assertThat(css).contains("font-family: \"Brief House Serif\", \"Source Serif 4\"");
        assertThat(css.split("@font-face", -1))
                .hasSize(List.of(house.faces()).get(0).size() + 1);
    }

    private WebFont face(String fileName) {
        return fonts.faces().stream()
                .filter(face -> face.fileName().equals(fileName))
                .findFirst()
                .orElseThrow();
    }

    private Path copy(String bundled) throws IOException {
        return Files.write(folder.resolve(bundled), BundledFonts.read(bundled));
    }

    /** Parses the font as a browser's font loader would have to, and returns its Unicode character map. */
    private static CmapLookup cmap(byte[] trueType) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(trueType));
        assertThat(font.getNumberOfGlyphs()).isPositive();
        return font.getUnicodeCmapLookup();
    }
}
