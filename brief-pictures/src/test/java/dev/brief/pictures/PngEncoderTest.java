package dev.brief.pictures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.brief.core.house.HouseStyle;
import dev.brief.html.TestBriefs;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Inflater;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every PNG is decoded again by ImageIO (and its zlib stream by {@link Inflater}) and compared pixel by pixel. */
class PngEncoderTest {
    @Test
    void aRenderedCoverDecodesToTheSamePixelsAndStaysSmall() throws Exception {
        BufferedImage cover = new BufferedImage(1600, 2560, BufferedImage.TYPE_INT_RGB);
        CoverPainter.compose(TestBriefs.kitchenSink(), HouseStyle.defaults(), 1600, 2560)
                .paint(cover);

        byte[] png = PngEncoder.encode(cover);

        assertSamePixels(decode(png), cover);
        ByteArrayOutputStream imageIo = new ByteArrayOutputStream();
        ImageIO.write(cover, "png", imageIo);
        // zlib's fastest level against ImageIO's level 9 and best filter per row: larger, but not by much
        assertThat(png.length).as("less than twice ImageIO's size").isLessThan(imageIo.size() * 2);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 85, 86, 87, 172, 1600, 10_922, 10_923})
    void runsOfRepeatedRowsDecodeAtAnyWidth(int width) throws Exception {
        // 10,922 pixels is the widest line (32,767 bytes) whose row above is still in deflate's window.
        BufferedImage image = new BufferedImage(width, 40, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(width);
        for (int y = 0; y < 40; y++) {
            boolean repeat = y > 0 && y % 7 != 0 && y % 11 != 3;
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, repeat ? image.getRGB(x, y - 1) : random.nextInt(4) * 0x3f3f3f);
            }
        }

        assertSamePixels(decode(PngEncoder.encode(image)), image);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 1023, 1024, 1025, 2049, 3000})
    void runsDeflatedOnceAreCopiedInWholeAndChecksummed(int run) throws Exception {
        // A run longer than the longest kept is several kept runs; the rows after it are deflated afresh.
        int width = 97 + run % 5; // a width no other test has used yet: its runs are deflated in this test
        BufferedImage image = new BufferedImage(width, run + 3, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y <= run; y++) {
                image.setRGB(x, y, x * 0x010203);
            }
            image.setRGB(x, run + 1, 0xff0000 ^ x);
            image.setRGB(x, run + 2, 0x00ff00 ^ x);
        }

        byte[] first = PngEncoder.encode(image);
        byte[] again = PngEncoder.encode(image); // the runs now come from what the first encoding kept

        // Inflater checks the Adler-32 trailer; RGB rows are three bytes a pixel after the filter byte
        assertThat(ZlibStreams.inflate(idat(first)).length).isEqualTo((3 * width + 1) * (run + 3));
        assertSamePixels(decode(first), image);
        assertThat(again).isEqualTo(first);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 37, 100, 300})
    void rowsAddedStripByStripGiveTheBytesOfTheWholePicture(int stripRows) {
        BufferedImage image = striped(400, 300);
        int[] pixels = image.getRGB(0, 0, 400, 300, null, 0, 400);
        PngEncoder encoder = new PngEncoder(400, 300);

        for (int y = 0; y < 300; y += stripRows) {
            int rows = Math.min(stripRows, 300 - y);
            int[] strip = new int[400 * rows]; // a fresh array, as a strip painted again would be
            System.arraycopy(pixels, y * 400, strip, 0, strip.length);
            encoder.addRows(strip, 0, rows);
        }

        assertThat(encoder.finish()).isEqualTo(PngEncoder.encode(image));
    }

    @Test
    void repeatedRowsDeclaredByTheCallerGiveTheBytesOfTheWholePicture() {
        BufferedImage image = striped(400, 300); // stripes 37 rows high: rows repeat within a stripe
        int[] pixels = image.getRGB(0, 0, 400, 300, null, 0, 400);
        PngEncoder encoder = new PngEncoder(400, 300);

        for (int y = 0; y < 300; y += 37) {
            encoder.addRows(pixels, y * 400, 1);
            int rest = Math.min(36, 300 - y - 1);
            if (pixels[y * 400 + 1] == pixels[y * 400]) { // a flat stripe: its other rows are repeats
                encoder.repeatRow(rest);
            } else {
                encoder.addRows(pixels, (y + 1) * 400, rest);
            }
        }

        assertThat(encoder.finish()).isEqualTo(PngEncoder.encode(image));
    }

    @Test
    void refusesTooManyRowsAndTooFew() {
        PngEncoder encoder = new PngEncoder(3, 2);
        assertThatThrownBy(() -> encoder.repeatRow(1)).hasMessageContaining("no row to repeat");
        encoder.addRows(new int[6], 0, 2);
        assertThatThrownBy(() -> encoder.addRows(new int[3], 0, 1)).hasMessageContaining("more than 2 rows");
        assertThatThrownBy(() -> new PngEncoder(3, 3).finish()).hasMessageContaining("0 rows added of 3");
    }

    @Test
    void noiseWithoutRepeatsDecodes() throws Exception {
        BufferedImage noise = new BufferedImage(301, 97, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < noise.getHeight(); y++) {
            for (int x = 0; x < noise.getWidth(); x++) {
                noise.setRGB(x, y, random.nextInt());
            }
        }

        assertSamePixels(decode(PngEncoder.encode(noise)), noise);
    }

    @Test
    void transparentPixelsAreCompositedOverWhite() throws Exception {
        BufferedImage image = new BufferedImage(3, 1, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, 0x00123456); // fully transparent
        image.setRGB(1, 0, 0x80000000); // half-transparent black
        image.setRGB(2, 0, 0xff336699); // opaque

        BufferedImage decoded = decode(PngEncoder.encode(image));

        assertThat(decoded.getColorModel().hasAlpha()).isFalse();
        assertThat(decoded.getRGB(0, 0) & 0xffffff).isEqualTo(0xffffff);
        assertThat(decoded.getRGB(1, 0) & 0xffffff).isEqualTo(0x7f7f7f);
        assertThat(decoded.getRGB(2, 0) & 0xffffff).isEqualTo(0x336699);
    }

    @Test
    void imagesNotStoredAsIntPixelsAreReadThroughTheirColourModel() throws Exception {
        BufferedImage grey = new BufferedImage(64, 32, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D graphics = grey.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
        graphics.drawString("Brief", 4, 24);
        graphics.dispose();

        assertSamePixels(decode(PngEncoder.encode(grey)), grey);
    }

    @Test
    void theSamePixelsGiveTheSameBytesAndAValidZlibStream() throws Exception {
        BufferedImage image = striped(400, 300);

        byte[] first = PngEncoder.encode(image);
        byte[] second = PngEncoder.encode(striped(400, 300));

        assertThat(second).isEqualTo(first);
        byte[] rows = ZlibStreams.inflate(idat(first)); // Inflater checks the Adler-32 trailer
        assertThat(rows).hasSize((400 * 3 + 1) * 300);
    }

    @Test
    void everyChunkCarriesTheCrcOfItsTypeAndData() {
        byte[] png = PngEncoder.encode(striped(400, 300));

        ByteBuffer buffer = ByteBuffer.wrap(png, 8, png.length - 8);
        StringBuilder types = new StringBuilder();
        while (buffer.hasRemaining()) {
            int start = buffer.position();
            int length = buffer.getInt();
            CRC32 crc = new CRC32();
            crc.update(png, start + 4, 4 + length);
            types.append(new String(png, start + 4, 4, java.nio.charset.StandardCharsets.US_ASCII))
                    .append(' ');
            buffer.position(start + 8 + length);
            assertThat(buffer.getInt()).as("CRC of chunk at %d", start).isEqualTo((int) crc.getValue());
        }
        assertThat(types.toString()).isEqualTo("IHDR IDAT IEND ");
    }

    private static BufferedImage striped(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, (y / 37) % 2 == 0 ? 0x1f5f7a : (x * 7 + y / 37) & 0xffffff);
            }
        }
        return image;
    }

    private static BufferedImage decode(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("ImageIO reads the PNG").isNotNull();
        return image;
    }

    private static void assertSamePixels(BufferedImage actual, BufferedImage expected) {
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
        for (int y = 0; y < expected.getHeight(); y++) {
            int[] want = expected.getRGB(0, y, expected.getWidth(), 1, null, 0, expected.getWidth());
            int[] got = actual.getRGB(0, y, actual.getWidth(), 1, null, 0, actual.getWidth());
            for (int x = 0; x < want.length; x++) {
                assertThat(got[x] & 0xffffff).as("pixel %d,%d", x, y).isEqualTo(want[x] & 0xffffff);
            }
        }
    }

    private static byte[] idat(byte[] png) {
        ByteBuffer buffer = ByteBuffer.wrap(png, 8, png.length - 8);
        while (buffer.hasRemaining()) {
            int length = buffer.getInt();
            byte[] type = new byte[4];
            buffer.get(type);
            byte[] data = new byte[length];
            buffer.get(data);
            buffer.getInt();
            if (new String(type, java.nio.charset.StandardCharsets.US_ASCII).equals("IDAT")) {
                return data;
            }
        }
        throw new AssertionError("no IDAT chunk");
    }
}
