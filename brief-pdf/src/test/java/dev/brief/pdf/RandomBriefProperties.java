package dev.brief.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.house.HouseStyle;
import dev.brief.core.house.PdfStandard;
import dev.brief.core.model.Brief;
import dev.brief.pdf.inspect.PdfInspection;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** Briefs of every shape pass veraPDF and read in source order, whatever falls where on the pages. */
class RandomBriefProperties {

    @Property(tries = 6, seed = "20260101")
    void randomBriefsPassBothProfilesAndReadInOrder(@ForAll("briefs") Brief brief) throws IOException {
        TestPdfs.Written written = TestPdfs.write(brief, TestPdfs.fixtureImages(), HouseStyle.defaults());
        assertThat(VeraPdf.failures(written.bytes(), PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(VeraPdf.failures(written.bytes(), PDFAFlavour.PDFA_2_A)).isEmpty();
        PdfInspection inspection = PdfInspection.of(written.bytes());
        assertThat(inspection.unmarkedPainting()).isEmpty();
        List<String> reading = new ArrayList<>();
        for (String block : inspection.readingText()) {
            reading.add(SourceText.normalise(block));
        }
        int position = -1;
        for (String expected : SourceText.blocks(brief)) {
            int found = reading.subList(position + 1, reading.size()).indexOf(expected);
            assertThat(found).as("block \"%s\" in structure order", expected).isNotNegative();
            position += found + 1;
        }
    }

    /** The same random briefs written to PDF/UA-2 pass it, PDF/A-4 and WTPDF 1.0 accessibility. */
    @Property(tries = 4, seed = "20260101")
    void randomBriefsPassPdfUa2PdfA4AndWtpdf(@ForAll("briefs") Brief brief) {
        TestPdfs.Written written = TestPdfs.write(
                brief, TestPdfs.fixtureImages(), HouseStyle.defaults().withPdfStandard(PdfStandard.UA2));
        assertThat(VeraPdf.failures(written.bytes(), PDFAFlavour.PDFUA_2)).isEmpty();
        assertThat(VeraPdf.failures(written.bytes(), PDFAFlavour.PDFA_4)).isEmpty();
        assertThat(VeraPdf.failures(written.bytes(), PDFAFlavour.WTPDF_1_0_ACCESSIBILITY))
                .isEmpty();
    }

    @Provide
    Arbitrary<Brief> briefs() {
        return Arbitraries.longs().map(RandomBriefs::generate);
    }
}
