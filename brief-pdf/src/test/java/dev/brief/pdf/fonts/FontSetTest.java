package dev.brief.pdf.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.pdf.OneArtifactPage;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class FontSetTest {
    private static final String TEXT = "Official figures: fifty offices, affluent fjords";

    @Test
    void embedsOnlyTheFacesUsedAsSubsetsThatExtractToTheSameText() throws IOException {
        byte[] pdf = OneArtifactPage.pdf(FontLibrary.bundled(), (content, fonts) -> {
            content.text(fonts.font(Face.SERIF_REGULAR), 11, Color.BLACK, 72, 700, TEXT);
            content.text(fonts.font(Face.SANS_BOLD), 11, Color.BLACK, 72, 680, "Summary");
            assertThat(fonts.loadedFaces()).containsExactlyInAnyOrder(Face.SERIF_REGULAR, Face.SANS_BOLD);
            assertThat(fonts.font(Face.SERIF_REGULAR)).isSameAs(fonts.font(Face.SERIF_REGULAR));
        });
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            PDPage page = document.getPage(0);
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertThat(fonts).hasSize(2).allSatisfy(font -> {
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+Source(Serif4|Sans3)-\\w+");
                assertThat(font.getCOSObject().getDictionaryObject(COSName.TO_UNICODE))
                        .isNotNull();
                assertThat(((PDType0Font) font)
                                .getDescendantFont()
                                .getFontDescriptor()
                                .getFontFile2())
                        .isNotNull();
            });
            String extracted = new PDFTextStripper().getText(document);
            assertThat(extracted).contains(TEXT).contains("Summary");
        }
    }

    @Test
    void documentsBuiltInParallelFromOneLibraryEmbedTheSameSubsets() throws Exception {
        // A fresh library, so that the threads race to read, prune and parse the files too, and then cut
        // their subsets from the same parsed fonts.
        FontLibrary library = new FontLibrary(FontFiles.bundled());
        Map<String, byte[]> expected = embeddedFonts(document(FontLibrary.bundled()));
        assertThat(expected).hasSize(3);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> documents = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                documents.add(pool.submit(() -> document(library)));
            }
            for (Future<byte[]> document : documents) {
                Map<String, byte[]> actual = embeddedFonts(document.get());
                assertThat(actual.keySet()).isEqualTo(expected.keySet());
                actual.forEach((name, program) -> assertThat(program).as(name).isEqualTo(expected.get(name)));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] document(FontLibrary library) throws IOException {
        return OneArtifactPage.pdf(library, (content, fonts) -> {
            float y = 700;
            for (Face face : List.of(Face.SERIF_REGULAR, Face.SERIF_ITALIC, Face.SANS_SEMIBOLD)) {
                content.text(fonts.font(face), 11, Color.BLACK, 72, y, TEXT);
                y -= 20;
            }
        });
    }

    /** The embedded font programs by font name (subset tag included). */
    private static Map<String, byte[]> embeddedFonts(byte[] pdf) throws IOException {
        Map<String, byte[]> programs = new TreeMap<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            for (COSName name : page.getResources().getFontNames()) {
                PDType0Font font = (PDType0Font) page.getResources().getFont(name);
                PDStream program = font.getDescendantFont().getFontDescriptor().getFontFile2();
                programs.put(font.getName(), program.toByteArray());
            }
        }
        return programs;
    }
}
