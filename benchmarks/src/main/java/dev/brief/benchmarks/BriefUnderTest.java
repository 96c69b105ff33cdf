package dev.brief.benchmarks;

import dev.brief.core.fonts.EditionFonts;
import dev.brief.core.house.House;
import dev.brief.core.house.HouseReader;
import dev.brief.core.model.Brief;
import dev.brief.core.model.PageMap;
import dev.brief.core.read.BriefReader;
import dev.brief.core.read.ReadResult;
import dev.brief.core.robustness.CatalogueWriter;
import dev.brief.core.testing.SampleBriefs;
import dev.brief.epub.EpubOptions;
import dev.brief.epub.EpubWriter;
import dev.brief.html.Flavor;
import dev.brief.html.HtmlOptions;
import dev.brief.html.HtmlWriter;
import dev.brief.html.WebFontSubsetter;
import dev.brief.maven.build.OtherScriptWebFonts;
import dev.brief.pdf.PdfOptions;
import dev.brief.pdf.PdfResult;
import dev.brief.pdf.PdfWriter;
import dev.brief.pictures.PictureRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One brief ready to be measured: its source text (so that reading is measured from text, not from disk),
 * the brief read from it, and its page map, so that each writer can be timed on its own.
 */
final class BriefUnderTest {
    static final Instant TIMESTAMP = Instant.parse("2026-01-01T00:00:00Z");

    private final Path file;
    private final String source;
    private final House house;
    private final Brief brief;
    private final PageMap pageMap;

    private BriefUnderTest(Path file, House house) throws IOException {
        this.file = file;
        this.source = Files.readString(file, StandardCharsets.UTF_8);
        this.house = house;
        ReadResult read = BriefReader.read(source, file, house);
        this.brief = read.brief()
                .orElseThrow(() -> new IllegalStateException(file + " does not read: " + read.diagnostics()));
        this.pageMap = pdf(OutputStream.nullOutputStream()).pageMap();
    }

    /** The canonical sample brief of the repository (run from inside the repository). */
    static BriefUnderTest sample() {
        try {
            return new BriefUnderTest(SampleBriefs.samplePath(), SampleBriefs.house());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A translation of the sample brief, {@code samples/src/brief/civic-data-trusts-<language>/}, read with the
     * sample house like every brief in that folder.
     */
    static BriefUnderTest translation(String language) {
        String slug = "civic-data-trusts-" + language;
        try {
            return new BriefUnderTest(
                    SampleBriefs.briefsDirectory().resolve(slug).resolve(slug + ".md"), SampleBriefs.house());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A generated catalogue of realistic briefs, written into {@code folder} from a fixed seed. */
    static List<BriefUnderTest> catalogue(Path folder, int count) {
        List<Path> files = CatalogueWriter.write(folder, count, Catalogue.SEED, CatalogueWriter.Shape.realistic());
        House house = HouseReader.read(folder.resolve("house.yaml")).house().orElseThrow();
        List<BriefUnderTest> briefs = new ArrayList<>();
        try {
            for (Path file : files) {
                briefs.add(new BriefUnderTest(file, house));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return briefs;
    }

    Brief parse() {
        return BriefReader.read(source, file, house).brief().orElseThrow();
    }

    PdfResult pdf(OutputStream out) throws IOException {
        return PdfWriter.write(brief, new PdfOptions(file.getParent(), house.style(), TIMESTAMP), out);
    }

    void html(OutputStream out) throws IOException {
        HtmlWriter.writePrintEdition(
                brief, new HtmlOptions(file.getParent(), house.style(), Flavor.PRINT, Optional.of(pageMap)), out);
    }

    void epub(OutputStream out) throws IOException {
        EpubWriter.write(brief, new EpubOptions(file.getParent(), house.style(), TIMESTAMP, Optional.of(pageMap)), out);
    }

    byte[] cover() {
        return PictureRenderer.cover(brief, house.style());
    }

    /**
     * What {@code brief:build} does for one brief, minus the files: read, PDF (page map), web font subsets,
     * HTML, EPUB.
     */
    long allFormats(CountingStream out) throws IOException {
        Brief read = parse();
        PageMap pages = PdfWriter.write(read, new PdfOptions(file.getParent(), house.style(), TIMESTAMP), out)
                .pageMap();
        HtmlOptions html = new HtmlOptions(file.getParent(), house.style(), Flavor.PRINT, Optional.of(pages));
        // As brief:build: the edition's own families, then the system fonts the PDF fell back to.
        EditionFonts fonts = OtherScriptWebFonts.add(WebFontSubsetter.forBrief(read, html), read, html);
        HtmlWriter.writePrintEdition(read, html.withFonts(fonts), out);
        EpubWriter.write(
                read,
                new EpubOptions(file.getParent(), house.style(), TIMESTAMP, Optional.of(pages)).withFonts(fonts),
                out);
        return out.count();
    }
}
