package dev.brief.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/**
 * Renders the sample's pages at 100 dpi into {@code target/pages/}, and into {@code docs/images/} when run
 * with {@code -Dbrief.renderDocs=true}, so the layout can be looked at and reviewed in the diff.
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
        Files.write(Path.of("target", "kitchen-sink.pdf"), TestPdfs.kitchenSink().bytes());
        int pages = render(pdf, target, "sample-page-");
        assertThat(pages).isEqualTo(TestPdfs.sample().result().pageCount());
        render(TestPdfs.kitchenSink().bytes(), Path.of("target", "pages"), "kitchen-sink-page-");
    }

    private static int render(byte[] pdf, Path directory, String prefix) throws IOException {
        Files.createDirectories(directory);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 100, ImageType.RGB);
                Path file = directory.resolve(prefix + (page + 1) + ".png");
                ImageIO.write(image, "png", file.toFile());
                assertThat(file).isNotEmptyFile();
            }
            return document.getNumberOfPages();
        }
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("samples"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
    }
}
