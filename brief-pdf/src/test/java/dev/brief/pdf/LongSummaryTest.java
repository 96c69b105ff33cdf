package dev.brief.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.house.HouseStyle;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Inline;
import dev.brief.core.model.Summary;
import dev.brief.core.testing.BriefFixtures;
import dev.brief.pdf.inspect.PdfInspection;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** A summary taller than the side column continues in the next page's side column instead of running off. */
class LongSummaryTest {

    @Test
    void aLongSummaryContinuesOnTheNextPage() throws IOException {
        List<Summary.SummaryPoint> points = new ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            points.add(new Summary.SummaryPoint(
                    "summary-" + i,
                    List.of(new Inline.Text("Point " + i
                            + " says at some length what the brief finds, so that the summary grows taller than the"
                            + " side column of the first page can hold."))));
        }
        Brief minimal = BriefFixtures.minimal();
        Brief brief = new Brief(
                minimal.metadata(),
                Optional.of(new Summary("summary", List.of(new Inline.Text("Summary")), points)),
                minimal.lead(),
                minimal.sections(),
                minimal.notes(),
                minimal.publisher());
        TestPdfs.Written written = TestPdfs.write(brief, TestPdfs.fixtureImages(), HouseStyle.defaults());

        assertThat(written.result().pageCount()).isGreaterThan(1);
        assertThat(TestPdfs.pageText(written.bytes(), 2)).contains("Point 14");
        assertThat(PdfInspection.of(written.bytes()).readingText())
                .containsSubsequence("Summary", text(points.get(0)), text(points.get(13)), "One paragraph.");
        assertThat(VeraPdf.failures(written.bytes(), PDFAFlavour.PDFUA_1)).isEmpty();
    }

    private static String text(Summary.SummaryPoint point) {
        return ((Inline.Text) point.inlines().get(0)).text();
    }
}
