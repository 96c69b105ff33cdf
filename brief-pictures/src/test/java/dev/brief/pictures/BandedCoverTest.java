package dev.brief.pictures;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.house.HouseStyle;
import dev.brief.core.model.Brief;
import dev.brief.html.TestBriefs;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Painting a cover band by band must give the picture that painting it whole gives: every pixel of the decoded
 * PNG is compared with the scene painted on a full canvas. Fills and the colours of text are exact; the
 * antialiased edges of glyphs are stored with the nearest colour of the cover's palette ({@link CoverPalette}),
 * a few units of 255 away at most.
 */
class BandedCoverTest {
    /** Half a step of the coarsest blend a cover's palette has (25 steps between text and background). */
    private static final int MAXIMUM_EDGE_ERROR = 6;

    private static int channelDistance(int first, int second) {
        int largest = 0;
        for (int shift = 0; shift < 24; shift += 8) {
            largest = Math.max(largest, Math.abs(((first >> shift) & 0xff) - ((second >> shift) & 0xff)));
        }
        return largest;
    }

    static Stream<Arguments> covers() {
        String longTitle = "What a town council can learn from forty years of shared water records, and what it"
                + " should stop doing before the next drought arrives";
        return Stream.of(
                Arguments.of("kitchen sink", TestBriefs.kitchenSink(), HouseStyle.defaults(), 1600, 2560),
                Arguments.of(
                        "long title",
                        TestBriefs.kitchenSink(longTitle, "en"),
                        TestBriefs.letter("#7a1f3d"),
                        1600,
                        2560),
                Arguments.of(
                        "right to left",
                        TestBriefs.kitchenSink("البيانات المدنية المشتركة بإنصاف", "ar"),
                        HouseStyle.defaults(),
                        1600,
                        2560),
                Arguments.of(
                        "CJK and emoji",
                        TestBriefs.kitchenSink("共有データ 🌍 と町の未来", "ja"),
                        TestBriefs.a4("#225522"),
                        1600,
                        2560),
                Arguments.of("small and odd-sized", TestBriefs.kitchenSink(), HouseStyle.defaults(), 397, 641));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("covers")
    void givesThePixelsOfTheWholePicture(String name, Brief brief, HouseStyle style, int width, int height)
            throws Exception {
        CoverScene scene = CoverPainter.compose(brief, style, width, height);
        BufferedImage whole = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        scene.paint(whole);

        BufferedImage banded = ImageIO.read(new ByteArrayInputStream(BandedCover.png(scene)));

        assertThat(banded.getWidth()).isEqualTo(width);
        assertThat(banded.getHeight()).isEqualTo(height);
        Set<Integer> flat = scene.marks().stream()
                .map(mark -> mark instanceof CoverScene.Fill fill ? fill.colour() : ((CoverScene.Text) mark).colour())
                .map(colour -> colour.getRGB() & 0xffffff)
                .collect(Collectors.toSet());
        for (int y = 0; y < height; y++) {
            int[] want = whole.getRGB(0, y, width, 1, null, 0, width);
            int[] got = banded.getRGB(0, y, width, 1, null, 0, width);
            for (int x = 0; x < width; x++) {
                int expected = want[x] & 0xffffff;
                if (flat.contains(expected)) {
                    assertThat(got[x] & 0xffffff)
                            .as("%s: pixel %d,%d", name, x, y)
                            .isEqualTo(expected);
                } else {
                    assertThat(channelDistance(got[x], expected))
                            .as("%s: edge pixel %d,%d", name, x, y)
                            .isLessThanOrEqualTo(MAXIMUM_EDGE_ERROR);
                }
            }
        }
    }

    @Test
    void paintsOnlyTheRowsWhereTextIs() {
        CoverScene scene = CoverPainter.compose(TestBriefs.kitchenSink(), HouseStyle.defaults(), 1600, 2560);

        List<int[]> textRows = BandedCover.textRows(scene);

        int painted = textRows.stream().mapToInt(rows -> rows[1] - rows[0]).sum();
        assertThat(textRows)
                .as("series, title lines, subtitle, authors, publisher")
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(painted).as("rows with text, of 2560").isBetween(200, 1000);
        for (int i = 1; i < textRows.size(); i++) {
            assertThat(textRows.get(i)[0]).as("spans are apart and in order").isGreaterThan(textRows.get(i - 1)[1]);
        }
    }

    @Test
    void aStripReusedForAnotherCoverKeepsNothingOfTheLast() throws Exception {
        byte[] first =
                BandedCover.png(CoverPainter.compose(TestBriefs.kitchenSink(), HouseStyle.defaults(), 1600, 2560));
        BandedCover.png(CoverPainter.compose(
                TestBriefs.kitchenSink("Another, rather different title", "en"),
                TestBriefs.letter("#000000"),
                1600,
                2560));

        byte[] again =
                BandedCover.png(CoverPainter.compose(TestBriefs.kitchenSink(), HouseStyle.defaults(), 1600, 2560));

        assertThat(again).isEqualTo(first);
    }
}
