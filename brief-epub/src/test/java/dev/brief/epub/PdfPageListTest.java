package dev.brief.epub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.house.HouseStyle;
import dev.brief.core.model.Brief;
import dev.brief.core.testing.SampleBriefs;
import dev.brief.epub.inspect.EpubInspector;
import dev.brief.epub.inspect.InspectedEpub;
import dev.brief.pdf.PdfOptions;
import dev.brief.pdf.PdfResult;
import dev.brief.pdf.PdfWriter;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With the page map of the real PDF edition, the EPUB's page list has exactly one entry per PDF page. */
class PdfPageListTest {
    @TempDir
    Path directory;

    @Test
    void samplePageListMatchesThePdfPages() throws Exception {
        Brief sample = SampleBriefs.sample();
        HouseStyle style = SampleBriefs.house().style();
        PdfResult pdf = PdfWriter.write(
                sample,
                new PdfOptions(SampleBriefs.sampleDirectory(), style, EpubFixtures.TIMESTAMP),
                OutputStream.nullOutputStream());
        byte[] epub = EpubFixtures.write(
                sample,
                new EpubOptions(
                        SampleBriefs.sampleDirectory(), style, EpubFixtures.TIMESTAMP, Optional.of(pdf.pageMap())));

        EpubFixtures.keep("sample-pdf-pages.epub", epub);

        InspectedEpub inspected = EpubInspector.inspect(epub);
        assertThat(pdf.pageCount()).isGreaterThan(1);
        assertThat(inspected.pageList()).hasSize(pdf.pageCount());
        assertThat(inspected.pageList().get(0).label())
                .isEqualTo(pdf.pageMap().pages().get(0).label());
        assertThat(EpubCheckReport.check(epub, directory).problems()).isEmpty();
    }
}
