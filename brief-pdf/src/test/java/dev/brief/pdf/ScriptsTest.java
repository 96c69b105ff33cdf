package dev.brief.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.house.PdfStandard;
import dev.brief.pdf.inspect.PdfInspection;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Briefs in Arabic, Hebrew, Hindi and Japanese, set with the system's fonts for those scripts (Debian's fonts-noto-core
 * and fonts-ipafont-gothic): they conform, read in logical order, and their glyphs are the shaped ones.
 */
class ScriptsTest {
    private static final Path NASKH = Path.of("/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf");
    private static final Path DEVANAGARI = Path.of("/usr/share/fonts/truetype/noto/NotoSerifDevanagari-Regular.ttf");

    @ParameterizedTest
    @ValueSource(strings = {"arabic", "hebrew", "hindi", "japanese"})
    void conformsToPdfUa2PdfA4AndWtpdf(String name) {
        byte[] pdf = ScriptBriefs.written(name, PdfStandard.UA2).bytes();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_2)).isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_4)).isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.WTPDF_1_0_ACCESSIBILITY)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"arabic", "hebrew", "hindi", "japanese"})
    void conformsToPdfUaAndPdfA(String name) {
        byte[] pdf = ScriptBriefs.written(name).bytes();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"arabic", "hebrew", "hindi", "japanese"})
    void readsInSourceOrder(String name) throws IOException {
        TestPdfs.Written written = ScriptBriefs.written(name);
        List<String> reading = new ArrayList<>();
        for (String block : PdfInspection.of(written.bytes()).readingText()) {
            reading.add(SourceText.normalise(block));
        }
        List<String> expected = SourceText.blocks(written.brief());
        assertThat(expected).isNotEmpty();
        for (String block : expected) {
            assertThat(reading).as("structure text of %s", name).contains(block);
        }
    }

    /** A shaped run's ActualText span sits inside its tagged sequence; every mark is still tagged once. */
    @ParameterizedTest
    @ValueSource(strings = {"arabic", "hebrew", "hindi", "japanese"})
    void paintsNothingOutsideItsTags(String name) throws IOException {
        assertThat(PdfInspection.of(ScriptBriefs.written(name).bytes()).unmarkedPainting())
                .isEmpty();
    }

    @Test
    void arabicWithAnAcronymAndDigitsReadsInLogicalOrder() throws IOException {
        List<String> reading =
                PdfInspection.of(ScriptBriefs.written("arabic").bytes()).readingText();
        assertThat(reading).anySatisfy(block -> assertThat(SourceText.normalise(block))
                .startsWith("تعتمد المدن الساحلية على شبكات مياه قديمة، وقد أظهر تقرير UN لعام 2024 أن"
                        + " الفاقد بلغ 35% في بعض"));
    }

    /** Conjuncts, a reph and a vowel sign drawn before its consonant: the shaper's glyphs, not the cmap's. */
    @Test
    void hindiWordsAreDrawnWithTheShapersConjuncts() throws Exception {
        assertThat(DEVANAGARI).as("Debian's fonts-noto-core must be installed").exists();
        Map<String, List<Integer>> drawn =
                DrawnGlyphs.byActualText(ScriptBriefs.written("hindi").bytes(), 1);
        Font font = Font.createFont(Font.TRUETYPE_FONT, DEVANAGARI.toFile()).deriveFont(1000f);
        for (String word : List.of("क्षेत्रीय", "प्रशिक्षित", "नगरपालिका")) {
            assertThat(drawn).as("a span with the actual text %s", word).containsKey(word);
            assertThat(drawn.get(word))
                    .as("glyphs of %s", word)
                    .isEqualTo(shaperGlyphs(font, word, Font.LAYOUT_LEFT_TO_RIGHT))
                    // Not the character map's glyphs in logical order: the vowel sign of "लि" goes first,
                    // conjuncts join.
                    .isNotEqualTo(characterMapGlyphs(font, word, false));
        }
    }

    @Test
    void arabicWordsAreDrawnWithTheShapersJoinedForms() throws Exception {
        assertThat(NASKH).as("Debian's fonts-noto-core must be installed").exists();
        Map<String, List<Integer>> drawn =
                DrawnGlyphs.byActualText(ScriptBriefs.written("arabic").bytes(), 1);
        Font font = Font.createFont(Font.TRUETYPE_FONT, NASKH.toFile()).deriveFont(1000f);
        int compared = 0;
        for (String word : List.of("الساحلية", "للبلديات", "مشتركاً", "الإلكتروني")) {
            assertThat(drawn).as("a span with the actual text %s", word).containsKey(word);
            assertThat(drawn.get(word))
                    .as("glyphs of %s", word)
                    .isEqualTo(shaperGlyphs(font, word, Font.LAYOUT_RIGHT_TO_LEFT))
                    // Joined forms are not the isolated letters of the character map, read right to left.
                    .isNotEqualTo(characterMapGlyphs(font, word, true));
            compared++;
        }
        assertThat(compared).isEqualTo(4);
    }

    @Test
    void japaneseLinesKeepTheLineStartAndLineEndRules() throws IOException {
        String text;
        try (PDDocument document =
                Loader.loadPDF(ScriptBriefs.written("japanese").bytes())) {
            text = new PDFTextStripper().getText(document);
        }
        List<String> lines =
                text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        List<String> bodyLines = lines.stream()
                .filter(line -> line.matches(".*[\\p{IsHan}\\p{IsHiragana}].*"))
                .toList();
        assertThat(bodyLines.size()).as("lines of Japanese text").isGreaterThan(5);
        for (String line : bodyLines) {
            assertThat("、。」）").as("first character of %s", line).doesNotContain(line.substring(0, 1));
            assertThat("「（").as("last character of %s", line).doesNotContain(line.substring(line.length() - 1));
        }
    }

    /** The JDK shaper's glyphs for {@code word}, left to right on the page. */
    private static List<Integer> shaperGlyphs(Font font, String word, int direction) {
        GlyphVector shaped = font.layoutGlyphVector(
                new FontRenderContext(null, false, true), word.toCharArray(), 0, word.length(), direction);
        List<Integer> glyphs = new ArrayList<>();
        for (int glyph : shaped.getGlyphCodes(0, shaped.getNumGlyphs(), null)) {
            glyphs.add(glyph);
        }
        return glyphs;
    }

    /** Each character's own glyph from the character map, in logical order or reversed: no shaping at all. */
    private static List<Integer> characterMapGlyphs(Font font, String word, boolean reversed) {
        List<Integer> glyphs = new ArrayList<>();
        for (char c : word.toCharArray()) {
            glyphs.add(font.createGlyphVector(new FontRenderContext(null, false, true), String.valueOf(c))
                    .getGlyphCode(0));
        }
        if (reversed) {
            java.util.Collections.reverse(glyphs);
        }
        return glyphs;
    }
}
