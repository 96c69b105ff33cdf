package dev.brief.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/**
 * Renders the sample's pages at 100 dpi into {@code target/pages/}, and into {@code docs/images/} when run
 * with {@code -Dbrief.renderDocs=true}, so the layout can be looked at and reviewed in the diff. What a
 * renderer other than our own sees is checked too: as many pages as the writer reported, none of them blank
 * inside the margins, and ink on page one where the title stands.
 */
class SamplePagesRenderingTest {

    @Test
    void rendersEveryPage() throws IOException {
        byte[] pdf = TestPdfs.sample().bytes();
        Path target = Boolean.getBoolean("brief.renderDocs")
                ? repositoryRoot().resolve("docs").resolve("images")
                : Path.of("target", "pages");
        Files.createDirectories(target);
        Files.write(Path.of("target", "sample.pdf"), pdf);
        Files.write(
                Path.of("target", "kitchen-sink.pdf"), TestPdfs.kitchenSink().bytes());
        List<BufferedImage> pages = render(pdf, target, "sample-page-");
        assertThat(pages).hasSize(TestPdfs.sample().result().pageCount());
        assertPagesHaveInk(pages);
        List<BufferedImage> kitchenSink =
                render(TestPdfs.kitchenSink().bytes(), Path.of("target", "pages"), "kitchen-sink-page-");
        assertThat(kitchenSink).hasSize(TestPdfs.kitchenSink().result().pageCount());
        assertPagesHaveInk(kitchenSink);
    }

    /**
     * Every page has at least 2% of its area inside the margins inked (a full text page has about ten times
     * that), and page one has ink in the band under the masthead where the title is set.
     */
    private static void assertPagesHaveInk(List<BufferedImage> pages) {
        for (int page = 0; page < pages.size(); page++) {
            BufferedImage image = pages.get(page);
            double body = inked(image, 0.1, 0.1, 0.9, 0.9);
            assertThat(body)
                    .as("inked share of page %d inside the margins", page + 1)
                    .isGreaterThan(0.02);
        }
        assertThat(inked(pages.get(0), 0.1, 0.05, 0.9, 0.25))
                .as("inked share of page 1 where the title is")
                .isGreaterThan(0.02);
    }

    /** The share of pixels in the rectangle (fractions of the page's width and height) darker than light grey. */
    private static double inked(BufferedImage image, double left, double top, double right, double bottom) {
        int x0 = (int) (image.getWidth() * left);
        int x1 = (int) (image.getWidth() * right);
        int y0 = (int) (image.getHeight() * top);
        int y1 = (int) (image.getHeight() * bottom);
        long inked = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = image.getRGB(x, y);
                int darkest = Math.min(rgb >> 16 & 0xFF, Math.min(rgb >> 8 & 0xFF, rgb & 0xFF));
                if (darkest < 200) {
                    inked++;
                }
            }
        }
        return inked / (double) ((long) (x1 - x0) * (y1 - y0));
    }

    private static List<BufferedImage> render(byte[] pdf, Path directory, String prefix) throws IOException {
        Files.createDirectories(directory);
        List<BufferedImage> images = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 100, ImageType.RGB);
                ImageIO.write(
                        image,
                        "png",
                        directory.resolve(prefix + (page + 1) + ".png").toFile());
                images.add(image);
            }
        }
        return images;
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("samples"))) {
                return dir;
            }
        }
        throw new IllegalStateException(
                "no repository root above " + Path.of("").toAbsolutePath());
    }
}
