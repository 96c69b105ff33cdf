package dev.brief.maven.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.fonts.EditionFonts;
import dev.brief.core.fonts.WebFont;
import dev.brief.core.house.House;
import dev.brief.core.model.Brief;
import dev.brief.core.read.BriefReader;
import dev.brief.core.testing.SampleBriefs;
import dev.brief.html.Flavor;
import dev.brief.html.HtmlOptions;
import dev.brief.html.WebFontSubsetter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/**
 * The HTML and EPUB carry the system fonts the PDF falls back to: an Arabic font whole (the browser shapes
 * with its substitution tables), a Chinese font cut down to the brief's characters, and nothing more for an
 * English brief. Needs Debian's fonts-noto-core and fonts-wqy-zenhei (or fonts-noto-cjk).
 */
class OtherScriptWebFontsTest {

    @Test
    void anArabicBriefCarriesItsArabicFontsWholeAfterTheLatinFamilies() throws IOException {
        Brief brief = brief("ar", "shared-aquifer");
        EditionFonts fonts = fonts(brief);

        assertThat(fonts.serifFamilies().get(0)).isEqualTo("Brief Serif");
        assertThat(fonts.sansFamilies().get(0)).isEqualTo("Brief Sans");
        List<WebFont> arabic =
                fonts.faces().stream().filter(face -> covers(face, 'م')).toList();
        assertThat(arabic).isNotEmpty().allSatisfy(face -> {
            assertThat(face.family()).doesNotStartWith("Brief");
            assertThat(substitutionScripts(face)).contains("arab");
        });
        assertThat(arabic).extracting(WebFont::weight).contains(400, 700);
        String serifArabic = arabic.stream()
                .map(WebFont::family)
                .filter(fonts.serifFamilies()::contains)
                .findFirst()
                .orElseThrow();
        assertThat(fonts.serifFamilies().indexOf(serifArabic)).isPositive();
    }

    @Test
    void aChineseBriefCarriesASubsetOfItsChineseFont() throws IOException {
        Brief brief = brief("zh-Hans", "port-shore-power");
        EditionFonts fonts = fonts(brief);
        SortedSet<Integer> shown = WebFontSubsetter.shownCharacters(brief, options());

        List<WebFont> han =
                fonts.faces().stream().filter(face -> covers(face, '港')).toList();
        assertThat(han).isNotEmpty().allSatisfy(face -> {
            assertThat(face.family()).startsWith("Brief ");
            // A subset: the brief's few hundred ideographs, not the font's tens of thousands.
            assertThat(face.trueType().length).isLessThan(1_500_000);
            assertThat(shown.stream().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                    .hasSizeGreaterThan(100)
                    .allMatch(c -> covers(face, c));
        });
        assertThat(fonts.sansFamilies()).contains(han.get(0).family());
    }

    /** At most a symbol the editions print (the ↩ of a note's back link) from a small subset of a system font. */
    @Test
    void anEnglishBriefCarriesNoWholeFont() {
        EditionFonts fonts = fonts(SampleBriefs.sample());
        assertThat(fonts.serifFamilies().get(0)).isEqualTo("Brief Serif");
        assertThat(fonts.faces()).allSatisfy(face -> {
            assertThat(face.family()).startsWith("Brief");
            assertThat(face.trueType().length).isLessThan(40_000);
        });
    }

    private static Brief brief(String tag, String slug) {
        Path file = SampleBriefs.repositoryRoot()
                .resolve("test-briefs")
                .resolve(tag)
                .resolve(slug)
                .resolve(slug + ".md");
        return BriefReader.read(file, House.defaults()).brief().orElseThrow();
    }

    private static EditionFonts fonts(Brief brief) {
        return OtherScriptWebFonts.add(WebFontSubsetter.forBrief(brief, options()), brief, options());
    }

    private static HtmlOptions options() {
        return new HtmlOptions(Path.of("."), House.defaults().style(), Flavor.PRINT, Optional.empty());
    }

    private static boolean covers(WebFont face, int codePoint) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(face.trueType()))) {
            return font.getUnicodeCmapLookup().getGlyphId(codePoint) > 0;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> substitutionScripts(WebFont face) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(face.trueType()))) {
            return font.getGsub() == null
                    ? List.of()
                    : List.copyOf(font.getGsub().getSupportedScriptTags());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
