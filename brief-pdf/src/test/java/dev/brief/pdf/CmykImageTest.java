package dev.brief.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.brief.core.house.HouseStyle;
import dev.brief.core.model.Block;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Inline;
import dev.brief.core.model.Section;
import dev.brief.core.testing.BriefFixtures;
import java.awt.Color;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDICCBased;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Print-ready CMYK JPEGs reach briefs from design agencies. Under the sRGB output intent PDF/A-2 admits no
 * DeviceCMYK image, so the writer keeps the JPEG's bytes as they are in an ICCBased CMYK colour space (the image's
 * own profile when it has one): the PDF passes both profiles and shows the inks' colours through that profile
 * (inverted Adobe CMYK and YCCK read right).
 */
class CmykImageTest {
    /** Magenta and yellow ink: an orange red. */
    private static final int[] ORANGE_INK = {0, 200, 255, 0};
    /** Half black: a middle grey. */
    private static final int[] GREY_INK = {0, 0, 0, 128};

    @ParameterizedTest
    @EnumSource(CmykJpegs.Layout.class)
    void cmykJpegIsKeptInAnIccBasedSpaceShowsItsInksAndPassesBothProfiles(
            CmykJpegs.Layout layout, @TempDir Path directory) throws IOException {
        byte[] jpeg = CmykJpegs.of(layout, ORANGE_INK, GREY_INK, null);
        Files.write(directory.resolve("figure.jpg"), jpeg);
        byte[] pdf = TestPdfs.write(briefWithFigure(), directory, HouseStyle.defaults())
                .bytes();

        assertThat(TestPdfs.write(briefWithFigure(), directory, HouseStyle.defaults())
                        .bytes())
                .as("the image, written again")
                .isEqualTo(pdf);
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDImageXObject image = figureImage(document);
            assertThat(image.getCOSObject().getCOSName(COSName.FILTER)).isEqualTo(COSName.DCT_DECODE);
            try (InputStream raw = image.getCOSObject().createRawInputStream()) {
                assertThat(raw.readAllBytes()).as("the JPEG's own bytes").isEqualTo(jpeg);
            }
            assertThat(image.getColorSpace()).isInstanceOf(PDICCBased.class);
            assertThat(image.getColorSpace().getNumberOfComponents()).isEqualTo(4);
            assertThat(image.getDecode() == null ? null : image.getDecode().toFloatArray())
                    .as("/Decode, for inverted Adobe samples only")
                    .isEqualTo(layout == CmykJpegs.Layout.PLAIN_CMYK ? null : new float[] {1, 0, 1, 0, 1, 0, 1, 0});
            ICC_ColorSpace profile = declaredProfile(image);
            Color orange = throughProfile(profile, ORANGE_INK);
            Color grey = throughProfile(profile, GREY_INK);
            assertThat(orange.getRed() - orange.getBlue())
                    .as("%s is an orange red", orange)
                    .isGreaterThan(150);
            assertThat(distance(grey, new Color(grey.getRed(), grey.getRed(), grey.getRed())))
                    .as("%s is a grey", grey)
                    .isLessThanOrEqualTo(10);
            BufferedImage pixels = image.getImage();
            assertClose(new Color(pixels.getRGB(CmykJpegs.WIDTH / 4, CmykJpegs.HEIGHT / 2)), orange);
            assertClose(new Color(pixels.getRGB(3 * CmykJpegs.WIDTH / 4, CmykJpegs.HEIGHT / 2)), grey);
            BufferedImage page = new PDFRenderer(document).renderImage(0, 1);
            assertThat(countClose(page, orange))
                    .as("orange pixels on the rendered page")
                    .isGreaterThan(2000);
        }
    }

    @Test
    void embeddedCmykProfileIsUsedForTheConversion(@TempDir Path directory) throws IOException {
        Files.write(
                directory.resolve("figure.jpg"),
                CmykJpegs.of(CmykJpegs.Layout.ADOBE_CMYK, ORANGE_INK, GREY_INK, CmykJpegs.everythingBlueProfile()));
        byte[] pdf = TestPdfs.write(briefWithFigure(), directory, HouseStyle.defaults())
                .bytes();

        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage pixels = figureImage(document).getImage();
            for (int x : new int[] {CmykJpegs.WIDTH / 4, 3 * CmykJpegs.WIDTH / 4}) {
                Color color = new Color(pixels.getRGB(x, CmykJpegs.HEIGHT / 2));
                assertThat(color.getBlue() - Math.max(color.getRed(), color.getGreen()))
                        .as("blue dominance of %s, converted through the profile", color)
                        .isGreaterThan(80);
            }
        }
    }

    @Test
    void cmykJpegThatCannotBeDecodedIsAnErrorNamingTheImage(@TempDir Path directory) throws IOException {
        byte[] jpeg = CmykJpegs.of(CmykJpegs.Layout.ADOBE_CMYK, ORANGE_INK, GREY_INK, null);
        // Declare 12-bit samples, which ImageIO's 8-bit JPEG decoder refuses.
        for (int i = 2; i < jpeg.length - 4; i++) {
            if ((jpeg[i] & 0xff) == 0xff && (jpeg[i + 1] & 0xff) == 0xc0) {
                jpeg[i + 4] = 12;
                break;
            }
        }
        Files.write(directory.resolve("figure.jpg"), jpeg);

        assertThatThrownBy(() -> TestPdfs.write(briefWithFigure(), directory, HouseStyle.defaults()))
                .isInstanceOfSatisfying(UnusableImageException.class, exception -> {
                    assertThat(exception.elementId()).isEqualTo("fig-cmyk");
                    assertThat(exception.source()).isEqualTo("figure.jpg");
                    assertThat(exception.getMessage()).contains("figure.jpg", "CMYK", "sRGB");
                });
    }

    private static Brief briefWithFigure() {
        Section section = new Section(
                "sec-image",
                2,
                List.of(new Inline.Text("Image")),
                List.of(new Block.Figure(
                        "fig-cmyk",
                        "figure.jpg",
                        "An orange and a grey panel.",
                        false,
                        List.of(new Inline.Text("A CMYK photograph.")))),
                List.of());
        return BriefFixtures.minimalWith(section);
    }

    private static PDImageXObject figureImage(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                PDXObject object = page.getResources().getXObject(name);
                if (object instanceof PDImageXObject && ((PDImageXObject) object).getWidth() == CmykJpegs.WIDTH) {
                    return (PDImageXObject) object;
                }
            }
        }
        throw new AssertionError("no " + CmykJpegs.WIDTH + "-pixel-wide image in the PDF");
    }

    /** The colour of ink amounts (0 = none, 255 = full) through the image's ICC profile. */
    private static Color throughProfile(ICC_ColorSpace profile, int[] ink) {
        float[] rgb = profile.toRGB(new float[] {ink[0] / 255f, ink[1] / 255f, ink[2] / 255f, ink[3] / 255f});
        return new Color(rgb[0], rgb[1], rgb[2]);
    }

    private static ICC_ColorSpace declaredProfile(PDImageXObject image) throws IOException {
        PDICCBased space = (PDICCBased) image.getColorSpace();
        try (InputStream profile = space.getPDStream().createInputStream()) {
            return new ICC_ColorSpace(ICC_Profile.getInstance(profile));
        }
    }

    private static void assertClose(Color actual, Color expected) {
        assertThat(distance(actual, expected))
                .as("%s close to %s", actual, expected)
                .isLessThanOrEqualTo(14);
    }

    private static int countClose(BufferedImage image, Color expected) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (distance(new Color(image.getRGB(x, y)), expected) <= 14) {
                    count++;
                }
            }
        }
        return count;
    }

    private static int distance(Color a, Color b) {
        return Math.max(
                Math.abs(a.getRed() - b.getRed()),
                Math.max(Math.abs(a.getGreen() - b.getGreen()), Math.abs(a.getBlue() - b.getBlue())));
    }
}
