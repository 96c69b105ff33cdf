package dev.brief.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.house.House;
import dev.brief.core.house.HouseReader;
import dev.brief.core.model.Brief;
import dev.brief.core.read.BriefReader;
import dev.brief.core.robustness.CatalogueWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The saved file is compressed as PDF 1.5 allows (ISO 32000-1 7.5.7, 7.5.8): a cross-reference stream instead of
 * a table, and the dictionaries that are not streams (catalog, pages, fonts, structure elements) inside object
 * streams; and it reads back whole.
 */
class SavedFileTest {
    private static final Pattern TOP_LEVEL_OBJECT = Pattern.compile("(?ms)^(\\d+) 0 obj\\R(.*?)^(?:stream|endobj)");

    @Test
    void theSampleHasObjectStreamsAndACrossReferenceStream() throws IOException {
        assertCompressed(TestPdfs.sample());
        assertCompressed(TestPdfs.kitchenSink());
        assertCompressed(TestPdfs.minimal());
    }

    @Test
    void catalogueBriefsReadBackWithEveryPage(@TempDir Path folder) throws IOException {
        List<Path> files = CatalogueWriter.write(folder, 6, 2026, CatalogueWriter.Shape.realistic());
        House house = HouseReader.read(folder.resolve("house.yaml")).house().orElseThrow();
        for (Path file : files) {
            Brief brief = BriefReader.read(Files.readString(file), file, house)
                    .brief()
                    .orElseThrow();
            assertCompressed(TestPdfs.write(brief, file.getParent(), house.style()));
        }
    }

    private static void assertCompressed(TestPdfs.Written written) throws IOException {
        String text = new String(written.bytes(), StandardCharsets.ISO_8859_1);
        String title = written.brief().metadata().title();
        assertThat(text)
                .as(title)
                .startsWith("%PDF-1.7")
                .contains("/Type /ObjStm")
                .contains("/Type /XRef")
                .doesNotContain("\ntrailer")
                .doesNotContain("\nxref");
        Matcher objects = TOP_LEVEL_OBJECT.matcher(text);
        int streams = 0;
        while (objects.find()) {
            String dictionary = objects.group(2);
            // Only the catalog and streams stand at the top level; pages, fonts and tags are compressed.
            assertThat(dictionary).as(title).doesNotContain("/Type /Page\n").doesNotContain("/Type /StructElem");
            if (dictionary.contains("/Length ")) {
                streams++;
            }
        }
        assertThat(streams).as(title).isGreaterThan(written.result().pageCount());
        try (PDDocument document = Loader.loadPDF(written.bytes())) {
            assertThat(document.getNumberOfPages())
                    .as(title)
                    .isEqualTo(written.result().pageCount());
            assertThat(document.getDocument().isXRefStream()).as(title).isTrue();
            COSObjectKey pageKey = document.getPage(0).getCOSObject().getKey();
            // PDFBox notes an object kept in an object stream with the stream's number, negated.
            assertThat(document.getDocument().getXrefTable().get(pageKey))
                    .as(title)
                    .isNegative();
            COSDictionary first = document.getPage(0).getCOSObject();
            assertThat(first.getCOSName(COSName.TYPE)).isEqualTo(COSName.PAGE);
        }
    }
}
