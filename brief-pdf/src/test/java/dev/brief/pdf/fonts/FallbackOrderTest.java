package dev.brief.pdf.fonts;

import static dev.brief.pdf.fonts.FontFixtures.font;
import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.pdf.fonts.InstalledFont.Design;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fallback chain: which families come first for a script and language, and which face of each. */
class FallbackOrderTest {
    private static final String ARABIC = "\u0645\u060c";
    private static final String HAN = "\u4e2d\u3002\uac00";

    private static final List<InstalledFont> INSTALLED = List.of(
            font("DejaVu Sans", 400, false, Design.SANS, "A\u0416" + ARABIC + "\u05d0"),
            font("Noto Sans Arabic", 400, false, Design.SANS, ARABIC),
            font("Noto Sans Arabic", 700, false, Design.SANS, ARABIC),
            font("Noto Naskh Arabic", 400, false, Design.SERIF, ARABIC),
            font("Noto Naskh Arabic", 700, false, Design.SERIF, ARABIC),
            font("Noto Nastaliq Urdu", 400, false, Design.SERIF, ARABIC),
            font("Noto Serif Hebrew", 400, false, Design.SERIF, "\u05d0"),
            font("Noto Sans Hebrew", 400, false, Design.SANS, "\u05d0"),
            font("WenQuanYi Zen Hei", 500, false, Design.SANS, HAN),
            font("IPAGothic", 400, false, Design.SANS, HAN),
            font("IPAMincho", 400, false, Design.SERIF, HAN),
            font("AR PL UMing TW", 400, false, Design.SERIF, HAN),
            font("Noto Sans CJK JP", 400, false, Design.SANS, InstalledFont.Outlines.CFF, HAN),
            font("Noto Sans Thai", 400, false, Design.SANS, "\u0e01"),
            font("Noto Serif Thai", 400, false, Design.SERIF, "\u0e01"),
            font("Some Display", 400, false, Design.UNKNOWN, "A"),
            font("Zeta Serif Text", 400, false, Design.SERIF, "AB"),
            font("Alpha Grotesk", 400, false, Design.SANS, "ABC"),
            font("Noto Serif", 400, false, Design.SERIF, "A\u0416"),
            font("Noto Serif", 400, true, Design.SERIF, "A\u0416"),
            font("Noto Serif", 700, false, Design.SERIF, "A\u0416"),
            font("Noto Serif", 600, true, Design.SERIF, "A\u0416"));

    private static List<String> chain(int codePoint, String language, boolean serif) {
        return SystemFonts.of(INSTALLED).chain(codePoint, language, serif, false, false).stream()
                .map(InstalledFont::family)
                .toList();
    }

    @Test
    void arabicTakesNaskhForSerifTextAndNotoSansArabicForSans() {
        assertThat(chain(0x0645, "ar", true))
                .containsExactly("Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans", "Noto Nastaliq Urdu");
        assertThat(chain(0x0645, "ar", false))
                .containsExactly("Noto Sans Arabic", "Noto Naskh Arabic", "DejaVu Sans", "Noto Nastaliq Urdu");
    }

    @Test
    void urduTakesNastaliq() {
        assertThat(chain(0x0645, "ur", true)).startsWith("Noto Nastaliq Urdu", "Noto Naskh Arabic");
    }

    @Test
    void punctuationGoesWithTheLanguagesScript() {
        assertThat(chain(0x060C, "ar", true)).first().isEqualTo("Noto Naskh Arabic");
        assertThat(chain(0x3002, "ja", true)).first().isEqualTo("IPAMincho");
    }

    @Test
    void hebrew() {
        assertThat(chain(0x05D0, "he", true)).containsExactly("Noto Serif Hebrew", "Noto Sans Hebrew", "DejaVu Sans");
        assertThat(chain(0x05D0, "he", false)).startsWith("Noto Sans Hebrew", "Noto Serif Hebrew");
    }

    @Test
    void hanFollowsTheLanguageAndCffFontsAreLeftOut() {
        assertThat(chain(0x4E2D, "zh", false)).first().isEqualTo("WenQuanYi Zen Hei");
        assertThat(chain(0x4E2D, "zh-Hans", true)).first().isEqualTo("WenQuanYi Zen Hei");
        assertThat(chain(0x4E2D, "ja", false)).startsWith("IPAGothic", "IPAMincho", "WenQuanYi Zen Hei");
        assertThat(chain(0x4E2D, "ja", true)).startsWith("IPAMincho", "IPAGothic", "WenQuanYi Zen Hei");
        assertThat(chain(0x4E2D, "zh-Hant", true)).startsWith("AR PL UMing TW", "WenQuanYi Zen Hei");
        assertThat(chain(0x4E2D, "zh-TW", true)).first().isEqualTo("AR PL UMing TW");
        assertThat(chain(0x4E2D, "zh", false)).doesNotContain("Noto Sans CJK JP");
        assertThat(chain(0xAC00, "ko", false)).first().isEqualTo("WenQuanYi Zen Hei");
    }

    @Test
    void scriptsWithoutAnEntryFindNotoByTheScriptsName() {
        assertThat(chain(0x0E01, "th", true)).containsExactly("Noto Serif Thai", "Noto Sans Thai");
        assertThat(chain(0x0E01, "th", false)).containsExactly("Noto Sans Thai", "Noto Serif Thai");
    }

    @Test
    void unknownFamiliesComeByDesignThenRepertoireThenName() {
        assertThat(chain('A', "en", true))
                .containsExactly("Noto Serif", "DejaVu Sans", "Zeta Serif Text", "Some Display", "Alpha Grotesk");
        assertThat(chain('A', "en", false))
                .containsExactly("DejaVu Sans", "Noto Serif", "Alpha Grotesk", "Some Display", "Zeta Serif Text");
    }

    @Test
    void theFaceOfTheWantedStyleOrTheNearest() {
        SystemFonts fonts = SystemFonts.of(INSTALLED);
        InstalledFont boldItalic = fonts.chain('A', "en", true, true, true).get(0);
        assertThat(boldItalic.weight()).isEqualTo(600);
        assertThat(boldItalic.italic()).isTrue();
        InstalledFont bold = fonts.chain('A', "en", true, true, false).get(0);
        assertThat(bold.weight()).isEqualTo(700);
        assertThat(bold.italic()).isFalse();
        assertThat(fonts.chain('A', "en", true, false, true).get(0).weight()).isEqualTo(400);
        InstalledFont boldWithoutBold =
                fonts.chain(0x05D0, "he", true, true, false).get(0);
        assertThat(boldWithoutBold.family()).isEqualTo("Noto Serif Hebrew");
        assertThat(boldWithoutBold.bold()).isFalse();
        assertThat(fonts.chain(0x0645, "ar", true, true, false).get(0).weight()).isEqualTo(700);
    }

    @Test
    void normalWidthBeforeCondensed() {
        InstalledFont condensed = new InstalledFont(
                "DejaVu Serif",
                "DejaVuSerifCondensed",
                400,
                false,
                3,
                Design.SERIF,
                InstalledFont.Outlines.TRUETYPE,
                java.nio.file.Path.of("/a/DejaVuSerifCondensed.ttf"),
                -1,
                Coverage.of("A"));
        InstalledFont normal = new InstalledFont(
                "DejaVu Serif",
                "DejaVuSerif",
                400,
                false,
                5,
                Design.SERIF,
                InstalledFont.Outlines.TRUETYPE,
                java.nio.file.Path.of("/b/DejaVuSerif.ttf"),
                -1,
                Coverage.of("A"));

        assertThat(SystemFonts.of(List.of(condensed, normal)).chain('A', "en", true, false, false))
                .containsExactly(normal);
    }

    @Test
    void theChainDoesNotDependOnTheOrderFontsWereFoundIn() {
        List<InstalledFont> shuffled = new ArrayList<>(INSTALLED);
        Collections.shuffle(shuffled, new Random(7));
        for (int codePoint : new int[] {'A', 0x0645, 0x4E2D, 0x05D0}) {
            assertThat(SystemFonts.of(shuffled).chain(codePoint, "ja", true, true, false))
                    .isEqualTo(SystemFonts.of(INSTALLED).chain(codePoint, "ja", true, true, false));
        }
    }

    @Test
    void aCharacterNoFontCoversHasAnEmptyChain() {
        assertThat(chain(0x10A0, "ka", true)).isEmpty();
    }
}
