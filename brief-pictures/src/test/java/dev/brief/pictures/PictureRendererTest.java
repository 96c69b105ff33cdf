package dev.brief.pictures;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.house.HouseStyle;
import dev.brief.html.Flavor;
import dev.brief.html.HtmlOptions;
import dev.brief.html.TestBriefs;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PictureRendererTest {
    @TempDir
    Path folder;

    @Test
    void rendersTheCoverAtItsSizeTheSameEachTime() throws Exception {
        byte[] first = PictureRenderer.cover(TestBriefs.kitchenSink(), HouseStyle.defaults());
        byte[] second = PictureRenderer.cover(TestBriefs.kitchenSink(), HouseStyle.defaults());

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(first));
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(2560);
        assertThat(second).isEqualTo(first);
        assertThat(new String(first, StandardCharsets.ISO_8859_1)).doesNotContain("tIME", "tEXt");
    }

    @Test
    void paintsTheAccentBandAndTheText() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                PictureRenderer.cover(TestBriefs.kitchenSink(), TestBriefs.letter("#7a1f3d"))));

        assertThat(image.getRGB(10, 10) & 0xFFFFFF).isEqualTo(0x7a1f3d);
        assertThat(image.getRGB(10, 2500) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        assertThat(whitePixelsIn(image, 0, 150, 1600, 300))
                .as("title set in white on the band")
                .isGreaterThan(1000);
    }

    @Test
    void setsTheCoverInTheBundledFacesAndLendsMissingCharactersToALogicalFamily() {
        CoverFonts fonts = CoverFonts.of(HouseStyle.defaults());
        assertThat(fonts.serifBold().getFontName()).isEqualTo("Source Serif 4 Bold");
        assertThat(fonts.sansRegular().getFontName()).isEqualTo("Source Sans 3");
        java.awt.Font title = fonts.serifBold().deriveFont(124f);
        String text = "Data \u0645\u062f\u0646 cities";

        java.text.AttributedCharacterIterator runs =
                CoverPainter.withFallback(text, title, fonts.fallbackFor(title)).getIterator();

        assertThat(fontAt(runs, 0).getFontName()).isEqualTo("Source Serif 4 Bold");
        assertThat(fontAt(runs, 5).getFamily()).isEqualTo(java.awt.Font.SERIF);
        assertThat(fontAt(runs, 5).isBold()).isTrue();
        assertThat(fontAt(runs, 5).getSize2D()).isEqualTo(124f);
        assertThat(fontAt(runs, 9).getFontName()).isEqualTo("Source Serif 4 Bold");
    }

    private static java.awt.Font fontAt(java.text.AttributedCharacterIterator runs, int index) {
        runs.setIndex(index);
        return (java.awt.Font) runs.getAttribute(java.awt.font.TextAttribute.FONT);
    }

    @Test
    void changesWithTheBrief() {
        byte[] one = PictureRenderer.cover(TestBriefs.kitchenSink(), HouseStyle.defaults());
        byte[] other = PictureRenderer.cover(TestBriefs.kitchenSink("Another title", "en"), HouseStyle.defaults());

        assertThat(other).isNotEqualTo(one);
    }

    @Test
    void describesTheCoverInReadingOrder() {
        assertThat(PictureRenderer.coverDescription(TestBriefs.kitchenSink()))
                .isEqualTo("Cover: Policy Brief · No. 7. Civic Data, Shared Fairly: How towns can pool what they know."
                        + " Ada Example, Ben Sample. Example Institute.");
    }

    @Test
    void rendersTheFirstPageAtThePageSizeTheSameEachTime() throws Exception {
        TestBriefs.writeChart(folder);
        HtmlOptions a4 = new HtmlOptions(
                folder, TestBriefs.a4(HouseStyle.DEFAULT_ACCENT), Flavor.EPUB, java.util.Optional.empty());
        byte[] first = PictureRenderer.firstPagePreview(TestBriefs.kitchenSink(), a4);
        byte[] second = PictureRenderer.firstPagePreview(TestBriefs.kitchenSink(), a4);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(first));
        assertThat(image.getWidth()).isEqualTo(794);
        assertThat(image.getHeight()).isEqualTo(1123);
        assertThat(second).isEqualTo(first);

        HtmlOptions letter =
                new HtmlOptions(folder, TestBriefs.letter("#1f4e79"), Flavor.PRINT, java.util.Optional.empty());
        BufferedImage letterImage = ImageIO.read(
                new ByteArrayInputStream(PictureRenderer.firstPagePreview(TestBriefs.kitchenSink(), letter)));
        assertThat(letterImage.getWidth()).isEqualTo(816);
        assertThat(letterImage.getHeight()).isEqualTo(1056);
    }

    private static int whitePixelsIn(BufferedImage image, int x, int y, int width, int height) {
        int white = 0;
        for (int i = x; i < x + width; i += 2) {
            for (int j = y; j < y + height; j += 2) {
                if ((image.getRGB(i, j) & 0xFFFFFF) == 0xFFFFFF) {
                    white++;
                }
            }
        }
        return white;
    }
}
