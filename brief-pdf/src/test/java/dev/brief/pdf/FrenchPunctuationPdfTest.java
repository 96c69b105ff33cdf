package dev.brief.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.house.HouseStyle;
import dev.brief.core.model.Block;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Identifiers;
import dev.brief.core.model.Inline;
import dev.brief.core.model.Metadata;
import dev.brief.core.model.Section;
import dev.brief.pdf.inspect.PdfInspection;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The narrow spaces of French punctuation are drawn as gaps, and the structure still reads the source's text. */
class FrenchPunctuationPdfTest {
    private static final String PARAGRAPH = "Le rapport pose trois questions : qui finance la coopération ?"
            + " Qui en rend compte? Et selon quelles règles; avec quel contrôle ! Le comité l’a dit: « il faut"
            + " agir » et aussi «vite». Réunion à 10:30, voir https://exemple.fr/page?id=4 pour la suite.";

    @Test
    void theStructureReadsTheSourceTextUnchanged() throws IOException {
        Metadata metadata = new Metadata(
                "Rapport",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                "fr-FR",
                List.of(),
                Identifiers.none(),
                List.of(),
                Optional.empty());
        Section section = new Section(
                "sec-1",
                2,
                List.of(new Inline.Text("Questions")),
                List.of(new Block.Paragraph("p-1", List.of(new Inline.Text(PARAGRAPH)))),
                List.of());
        Brief brief = new Brief(metadata, Optional.empty(), List.of(), List.of(section), List.of(), Optional.empty());
        TestPdfs.Written written = TestPdfs.write(brief, TestPdfs.fixtureImages(), HouseStyle.defaults());

        assertThat(PdfInspection.of(written.bytes()).readingText()).contains(PARAGRAPH);
        // PDFBox's extraction goes by the positions of the glyphs: it sees the gaps drawn where the source has no
        // space as spaces, and none inside a time or a URL.
        String shown = TestPdfs.pageText(written.bytes(), 1);
        assertThat(shown)
                .contains("compte ?")
                .contains("« vite »")
                .contains("dit :")
                .contains("10:30")
                .contains("page?");
        assertThat(VeraPdf.failures(written.bytes(), PDFAFlavour.PDFUA_1)).isEmpty();
    }
}
