package dev.brief.pdf;

import dev.brief.core.house.HouseStyle;
import dev.brief.core.house.PdfStandard;
import dev.brief.core.model.Brief;
import dev.brief.core.testing.BriefFixtures;
import dev.brief.core.testing.SampleBriefs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The PDFs the tests look at: the sample brief and the code-built fixtures, written once per run. */
final class TestPdfs {
    static final Instant TIMESTAMP = Instant.parse("2026-01-01T00:00:00Z");
    private static Written sample;
    private static Written kitchenSink;
    private static Written sampleUa2;
    private static Written kitchenSinkUa2;
    private static Path fixtureImages;

    /** A written PDF and what the writer returned. */
    record Written(Brief brief, byte[] bytes, PdfResult result) {}

    private TestPdfs() {}

    static synchronized Written sample() {
        if (sample == null) {
            sample = write(
                    SampleBriefs.sample(),
                    SampleBriefs.sampleDirectory(),
                    SampleBriefs.house().style());
        }
        return sample;
    }

    /** The sample written to PDF/UA-2, PDF/A-4 and WTPDF. */
    static synchronized Written sampleUa2() {
        if (sampleUa2 == null) {
            sampleUa2 = write(
                    SampleBriefs.sample(),
                    SampleBriefs.sampleDirectory(),
                    SampleBriefs.house().style().withPdfStandard(PdfStandard.UA2));
        }
        return sampleUa2;
    }

    static synchronized Written kitchenSinkUa2() {
        if (kitchenSinkUa2 == null) {
            kitchenSinkUa2 = write(
                    BriefFixtures.kitchenSink(),
                    fixtureImages(),
                    HouseStyle.defaults().withPdfStandard(PdfStandard.UA2));
        }
        return kitchenSinkUa2;
    }

    static Written minimalUa2() {
        return write(
                BriefFixtures.minimal(), fixtureImages(), HouseStyle.defaults().withPdfStandard(PdfStandard.UA2));
    }

    static synchronized Written kitchenSink() {
        if (kitchenSink == null) {
            kitchenSink = write(BriefFixtures.kitchenSink(), fixtureImages(), HouseStyle.defaults());
        }
        return kitchenSink;
    }

    static Written minimal() {
        return write(BriefFixtures.minimal(), fixtureImages(), HouseStyle.defaults());
    }

    static synchronized Path fixtureImages() {
        if (fixtureImages == null) {
            try {
                fixtureImages = Files.createTempDirectory("brief-pdf-fixtures");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            BriefFixtures.writeImages(fixtureImages);
        }
        return fixtureImages;
    }

    static Written write(Brief brief, Path baseDirectory, HouseStyle style) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfResult result = PdfWriter.write(brief, new PdfOptions(baseDirectory, style, TIMESTAMP), out);
            return new Written(brief, out.toByteArray(), result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text PDFBox extracts from one page (1-based). */
    static String pageText(byte[] pdf, int page) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document);
        }
    }
}
