package dev.brief.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.house.HouseStyle;
import dev.brief.core.model.Block;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Inline;
import dev.brief.core.model.Section;
import dev.brief.core.testing.BriefFixtures;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Logos and charts are often PNGs with an alpha channel (the soft mask they need still passes PDF/A-2a);
 * photographs are JPEGs, embedded as they are.
 */
class ImageFormatsTest {

    @Test
    void pngWithAlphaAndJpegPassBothProfiles(@TempDir Path directory) throws IOException {
        BufferedImage image = new BufferedImage(90, 60, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0x1b, 0x5e, 0x7a, 128));
        graphics.fillOval(5, 5, 80, 50);
        graphics.dispose();
        ImageIO.write(image, "png", directory.resolve("translucent.png").toFile());
        BufferedImage photo = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D painter = photo.createGraphics();
        painter.setColor(new Color(0xc8, 0x6b, 0x1e));
        painter.fillRect(10, 10, 100, 60);
        painter.dispose();
        ImageIO.write(photo, "jpg", directory.resolve("photo.jpg").toFile());
        Section section = new Section(
                "sec-image",
                2,
                List.of(new Inline.Text("Image")),
                List.of(
                        new Block.Figure(
                                "fig-1",
                                "translucent.png",
                                "A translucent oval.",
                                false,
                                List.of(new Inline.Text("A translucent oval."))),
                        new Block.Figure(
                                "fig-2",
                                "photo.jpg",
                                "An orange rectangle.",
                                false,
                                List.of(new Inline.Text("A JPEG photograph.")))),
                List.of());
        Brief brief = BriefFixtures.minimalWith(section);
        byte[] pdf = TestPdfs.write(brief, directory, HouseStyle.defaults()).bytes();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }
}
