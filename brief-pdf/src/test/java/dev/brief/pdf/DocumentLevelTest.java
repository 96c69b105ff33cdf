package dev.brief.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/** Document-level entries PDF/UA-1 and PDF/A-2a ask for, read back with PDFBox. */
class DocumentLevelTest {

    /** PDF/UA-2 with PDF/A-4 and WTPDF: PDF 2.0, their identification, no Info dictionary, three namespaces. */
    @Test
    void ua2SampleDeclaresPdf20AndItsStandards() throws IOException {
        byte[] pdf = TestPdfs.sampleUa2().bytes();
        assertThat(new String(pdf, 0, 8, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-2.0");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            assertThat(document.getDocument().getTrailer().containsKey(COSName.INFO))
                    .isFalse();
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp)
                    .contains(
                            "<pdfuaid:part>2</pdfuaid:part>",
                            "<pdfuaid:rev>2024</pdfuaid:rev>",
                            "<pdfaid:part>4</pdfaid:part>",
                            "<pdfaid:rev>2020</pdfaid:rev>",
                            "http://pdfa.org/declarations/wtpdf#accessibility1.0")
                    .doesNotContain("pdfaid:conformance");
            assertThat(catalog.getStructureTreeRoot().getCOSObject().getCOSArray(COSName.getPDFName("Namespaces")))
                    .hasSize(3);
            assertThat(catalog.getStructureTreeRoot().getRoleMap()).isEmpty();
        }
    }

    @Test
    void sampleHasEveryDocumentLevelEntry() throws IOException {
        byte[] pdf = TestPdfs.sample().bytes();
        assertThat(new String(pdf, 0, 8, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-1.7");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            assertThat(catalog.getLanguage())
                    .isEqualTo(TestPdfs.sample().brief().metadata().language());
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo(TestPdfs.sample().brief().metadata().title());
            assertThat(catalog.getOutputIntents()).hasSize(1);
            assertThat(catalog.getDocumentOutline().children())
                    .extracting(item -> item.getTitle())
                    .contains("Summary", "Introduction", "Notes");
            String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp)
                    .contains(
                            "<pdfuaid:part>1</pdfuaid:part>",
                            "<pdfaid:part>2</pdfaid:part>",
                            "<pdfaid:conformance>A</pdfaid:conformance>",
                            "<dc:language>",
                            "<dc:description>");
            for (PDPage page : document.getPages()) {
                if (!page.getAnnotations().isEmpty()) {
                    assertThat(page.getCOSObject().getNameAsString(COSName.getPDFName("Tabs")))
                            .isEqualTo("S");
                }
            }
            assertThat(document.getPages().get(0).getAnnotations()).isNotEmpty();
        }
    }
}
