package dev.brief.maven.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.diagnostic.Diagnostic;
import dev.brief.core.house.House;
import dev.brief.core.model.Brief;
import dev.brief.core.model.PageMap;
import dev.brief.core.read.BriefReader;
import dev.brief.core.read.ReadResult;
import dev.brief.epub.EpubOptions;
import dev.brief.epub.EpubWriter;
import dev.brief.epub.inspect.EpubInspector;
import dev.brief.epub.inspect.InspectedEpub;
import dev.brief.pdf.PdfOptions;
import dev.brief.pdf.PdfResult;
import dev.brief.pdf.PdfWriter;
import dev.brief.pdf.inspect.PdfInspection;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The PDF and EPUB of one source text, written to disk (for the validators) and read back: the PDF's text in
 * structure order, one entry per block, and the EPUB's text one entry per block element, in spine order.
 * Whitespace is normalised, because line ends in the PDF and indentation in the XHTML are not the text.
 */
record BuiltEditions(
        Path pdf,
        Path epub,
        PageMap pageMap,
        List<String> pdfBlocks,
        List<String> epubBlocks,
        List<String> epubDocuments) {
    private static final Instant TIMESTAMP = Instant.parse("2026-01-15T09:00:00Z");
    private static final String BLOCKS = "p, li, h1, h2, h3, h4, h5, h6, figcaption, caption, td, th";

    /** Reads {@code source} as the Brief source format (it must read without errors) and writes both editions. */
    static BuiltEditions build(String source, Path folder, String slug) throws Exception {
        Path file = folder.resolve(slug + ".md");
        Files.writeString(file, source);
        House house = House.defaults();
        ReadResult read = BriefReader.read(source, file, house);
        assertThat(read.diagnostics())
                .as("errors reading %s", slug)
                .filteredOn(Diagnostic::isError)
                .isEmpty();
        Brief brief = read.brief().orElseThrow();

        ByteArrayOutputStream pdfBytes = new ByteArrayOutputStream();
        PdfResult laidOut = PdfWriter.write(brief, new PdfOptions(folder, house.style(), TIMESTAMP), pdfBytes);
        Path pdf = Files.write(folder.resolve(slug + ".pdf"), pdfBytes.toByteArray());
        List<String> pdfBlocks = PdfInspection.of(pdfBytes.toByteArray()).readingText().stream()
                .map(BuiltEditions::normalised)
                .toList();

        ByteArrayOutputStream epubBytes = new ByteArrayOutputStream();
        EpubWriter.write(
                brief, new EpubOptions(folder, house.style(), TIMESTAMP, Optional.of(laidOut.pageMap())), epubBytes);
        Path epub = Files.write(folder.resolve(slug + ".epub"), epubBytes.toByteArray());
        InspectedEpub inspected = EpubInspector.inspect(epubBytes.toByteArray());
        List<String> documents = new ArrayList<>();
        List<String> epubBlocks = new ArrayList<>();
        for (String href : inspected.spine()) {
            String xhtml = inspected.documents().get(href);
            documents.add(xhtml);
            // jsoup's text() drops tags without adding space: an empty page marker inside a word leaves it whole
            for (Element block : Jsoup.parse(xhtml).select(BLOCKS)) {
                if (block.select(BLOCKS).size() == 1) {
                    epubBlocks.add(normalised(block.text()));
                }
            }
        }
        return new BuiltEditions(pdf, epub, laidOut.pageMap(), pdfBlocks, epubBlocks, documents);
    }

    /** The index of the first block that holds {@code text} whole, or -1. */
    static int holding(List<String> blocks, String text) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    static String normalised(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
