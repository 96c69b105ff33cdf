package dev.brief.pdf.fonts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

class FontLibraryTest {
    /** Without fallback fonts, so that what the bundled faces lack is reported whatever the system has. */
    private final FontLibrary library = new FontLibrary(FontFiles.bundled(), FallbackFonts.NONE);

    @Test
    void widthsAgreeWithTheWidthsPdfboxWritesForTheEmbeddedFont() throws IOException {
        String text = "Civic data trusts, 2026: “accountable” — naïve façade & 37 % ﬁ";
        for (Face face : Face.values()) {
            FontMetrics metrics = library.metrics(face);
            try (PDDocument document = new PDDocument()) {
                PDType0Font font =
                        PDType0Font.load(document, new java.io.ByteArrayInputStream(library.fontFile(face)), false);
                assertThat(metrics.width(text, 11))
                        .as(face.name())
                        .isCloseTo(font.getStringWidth(text) * 11 / 1000, within(0.0005f));
            }
        }
    }

    @Test
    void widthOfAStringIsTheSumOfItsCharacters() {
        FontMetrics metrics = library.metrics(Face.SERIF_REGULAR);
        String text = "Policy brief";
        float sum = 0;
        for (int i = 0; i < text.length(); i++) {
            sum += metrics.width(text.charAt(i), 10);
        }
        assertThat(metrics.width(text, 10)).isCloseTo(sum, within(0.0001f));
        assertThat(metrics.width(text, 3, 8, 10)).isEqualTo(metrics.width("icy b", 10));
        assertThat(metrics.width(text, 20)).isCloseTo(2 * metrics.width(text, 10), within(0.0001f));
        assertThat(metrics.width("W", 10)).isGreaterThan(metrics.width("i", 10));
        assertThat(metrics.width("a\u00ADb\u200Bc", 10)).isEqualTo(metrics.width("abc", 10));
    }

    @Test
    void verticalMetricsAreInProportion() {
        FontMetrics metrics = library.metrics(Face.SANS_REGULAR);
        assertThat(metrics.ascent(10)).isGreaterThan(metrics.capHeight(10));
        assertThat(metrics.capHeight(10)).isGreaterThan(metrics.xHeight(10)).isGreaterThan(0);
        assertThat(metrics.descent(10)).isNegative();
        assertThat(metrics.capHeight(20)).isCloseTo(2 * metrics.capHeight(10), within(0.0001f));
    }

    @Test
    void findsCharactersAFaceCannotDraw() {
        String text = "Trust 信托 fund\n";
        assertThat(library.uncovered(Face.SERIF_REGULAR, text))
                .extracting(UncoveredCharacter::index, UncoveredCharacter::codePoint)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(6, 0x4FE1), org.assertj.core.groups.Tuple.tuple(7, 0x6258));
        assertThat(library.uncovered(Face.SERIF_REGULAR, text).get(0).message())
                .isEqualTo("character U+4FE1 '信' (CJK UNIFIED IDEOGRAPH-4FE1) is not covered by"
                        + " font SourceSerif4-Regular");
        assertThat(library.uncovered(Face.SANS_BOLD, "Plain text – with “quotes”, é and ß\u00AD."))
                .isEmpty();
    }

    @Test
    void reportsCharactersOutsideTheBasicPlaneOnce() {
        assertThat(library.uncovered(Face.SERIF_ITALIC, "a\uD83D\uDE00b"))
                .extracting(UncoveredCharacter::index, UncoveredCharacter::codePoint)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 0x1F600));
    }

    @Test
    void coversTheSpacesAndHyphenTheBreakerDraws() {
        for (Face face : Face.values()) {
            FontMetrics metrics = library.metrics(face);
            assertThat(metrics.covers(' ')).isTrue();
            assertThat(metrics.covers('-')).isTrue();
            assertThat(metrics.covers('\u00A0')).as(face + " no-break space").isTrue();
        }
    }
}
