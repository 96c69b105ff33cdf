package dev.brief.pdf.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.pdf.fonts.Face;
import dev.brief.pdf.fonts.FontLibrary;
import org.junit.jupiter.api.Test;

/**
 * Urdu set in Nastaliq (Noto Nastaliq Urdu, Debian's fonts-noto-core) climbs far above the line: its paragraphs
 * get line spacing of their own, about twice the type size, where Arabic in Naskh and Latin text keep the
 * style's.
 */
class TallScriptTest {
    private static final FontLibrary FONTS = FontLibrary.bundled();

    @Test
    void nastaliqNeedsAboutTwiceTheTypeSize() {
        float height = FONTS.tallLineHeight(Face.SERIF_REGULAR, "پرانے شہروں میں پائپ لائنیں کمزور ہیں", "ur", 10);
        assertThat(height).isBetween(19f, 24f);
    }

    @Test
    void naskhArabicAndLatinKeepTheStyleSpacing() {
        assertThat(FONTS.tallLineHeight(Face.SERIF_REGULAR, "تعتمد المدن الساحلية على شبكات مياه قديمة", "ar", 10))
                .isZero();
        assertThat(FONTS.tallLineHeight(Face.SERIF_REGULAR, "Coastal cities rely on old networks", "en", 10))
                .isZero();
    }
}
