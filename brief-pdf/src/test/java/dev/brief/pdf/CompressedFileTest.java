package dev.brief.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.house.House;
import dev.brief.core.house.HouseReader;
import dev.brief.core.house.HouseStyle;
import dev.brief.core.model.Brief;
import dev.brief.core.read.BriefReader;
import dev.brief.core.robustness.CatalogueWriter;
import dev.brief.core.testing.BriefFixtures;
import dev.brief.core.testing.SampleBriefs;
import dev.brief.pdf.document.CompressedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link CompressedFile} writes the very bytes PDFBox's own {@code PDDocument.save} writes, for real briefs:
 * the sample, the fixtures and catalogue briefs (figures, tables, notes, links, outlines).
 */
class CompressedFileTest {
    private static final PdfWriter.Saver PDFBOX = document -> {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        document.save(bytes);
        return bytes.toByteArray();
    };

    @Test
    void theSampleAndTheFixturesAreSavedAsPdfBoxSavesThem() throws IOException {
        assertSameAsPdfBox(SampleBriefs.sample(), SampleBriefs.sampleDirectory(), SampleBriefs.house().style());
        assertSameAsPdfBox(BriefFixtures.kitchenSink(), TestPdfs.fixtureImages(), HouseStyle.defaults());
        assertSameAsPdfBox(BriefFixtures.minimal(), TestPdfs.fixtureImages(), HouseStyle.defaults());
    }

    @Test
    void catalogueBriefsAreSavedAsPdfBoxSavesThem(@TempDir Path folder) throws IOException {
        List<Path> files = CatalogueWriter.write(folder, 24, 2026, CatalogueWriter.Shape.realistic());
        House house = HouseReader.read(folder.resolve("house.yaml")).house().orElseThrow();
        for (Path file : files) {
            Brief brief = BriefReader.read(Files.readString(file), file, house).brief().orElseThrow();
            assertSameAsPdfBox(brief, file.getParent(), house.style());
        }
    }

    private static void assertSameAsPdfBox(Brief brief, Path baseDirectory, HouseStyle style) throws IOException {
        PdfOptions options = new PdfOptions(baseDirectory, style, TestPdfs.TIMESTAMP);
        ByteArrayOutputStream pdfBox = new ByteArrayOutputStream();
        PdfWriter.write(brief, options, pdfBox, PDFBOX);
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        // The strict entry point: a document it would hand to PDFBox fails here instead.
        PdfWriter.write(brief, options, ours, document -> {
            try {
                return CompressedFile.write(document);
            } catch (CompressedFile.UnsupportedDocumentException e) {
                throw new AssertionError("not written by CompressedFile: " + e.getMessage(), e);
            }
        });
        assertThat(ours.toByteArray()).as(brief.metadata().title()).isEqualTo(pdfBox.toByteArray());
    }
}
