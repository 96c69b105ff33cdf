package dev.brief.pictures;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.house.HouseStyle;
import dev.brief.html.TestBriefs;
import java.awt.Color;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A cover is stored in indexed colour when its flat colours fit a palette, and in RGB when they do not. */
class CoverPaletteTest {
    @Test
    void aCoverIsStoredWithAPaletteHoldingItsFlatColoursExactly() {
        CoverScene scene = CoverPainter.compose(TestBriefs.kitchenSink(), TestBriefs.letter("#7a1f3d"), 1600, 2560);

        CoverPalette palette = CoverPalette.of(scene).orElseThrow();
        byte[] png = BandedCover.png(scene);

        int[] colours = palette.colours();
        assertThat(colours.length).isBetween(100, CoverPalette.MAXIMUM);
        for (CoverScene.Mark mark : scene.marks()) {
            Color colour = mark instanceof CoverScene.Fill fill ? fill.colour() : ((CoverScene.Text) mark).colour();
            int rgb = colour.getRGB() & 0xffffff;
            assertThat(colours[palette.indexOf(rgb)])
                    .as("%06x kept exactly", rgb)
                    .isEqualTo(rgb);
        }
        assertThat(png[8 + 8 + 9]).as("IHDR colour type: indexed").isEqualTo((byte) 3);
        assertThat(chunkTypes(png)).isEqualTo("IHDR PLTE IDAT IEND");
    }

    @Test
    void aColourBetweenTextAndBackgroundMapsToTheNearestBlend() {
        CoverScene scene = CoverPainter.compose(TestBriefs.kitchenSink(), HouseStyle.defaults(), 1600, 2560);
        CoverPalette palette = CoverPalette.of(scene).orElseThrow();
        int halfGrey = 0x8d8d8d; // halfway between the text colour #1a1a1a and white paper

        int nearest = palette.colours()[palette.indexOf(halfGrey)];

        assertThat(Math.abs((nearest & 0xff) - 0x8d)).isLessThanOrEqualTo(3);
        assertThat(nearest >> 16).isEqualTo(nearest & 0xff); // still grey
    }

    @Test
    void moreFlatColoursThanAPaletteHoldsAreStoredAsRgb() {
        List<CoverScene.Mark> fills = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            fills.add(new CoverScene.Fill(new Color(i * 40_000), 0, i, 40, 1));
        }
        CoverScene scene = new CoverScene(40, 300, fills);

        assertThat(CoverPalette.of(scene)).isEmpty();
        assertThat(BandedCover.png(scene)[8 + 8 + 9])
                .as("IHDR colour type: RGB")
                .isEqualTo((byte) 2);
    }

    private static String chunkTypes(byte[] png) {
        ByteBuffer buffer = ByteBuffer.wrap(png, 8, png.length - 8);
        List<String> types = new ArrayList<>();
        while (buffer.hasRemaining()) {
            int length = buffer.getInt();
            types.add(new String(
                    Arrays.copyOfRange(png, buffer.position(), buffer.position() + 4), StandardCharsets.US_ASCII));
            buffer.position(buffer.position() + 4 + length + 4);
        }
        return String.join(" ", types);
    }
}
