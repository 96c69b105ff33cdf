package dev.brief.maven.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.testing.SampleBriefs;
import dev.brief.maven.build.BriefBuilder;
import dev.brief.maven.build.BuildLog;
import dev.brief.maven.build.BuildRequest;
import dev.brief.maven.build.Format;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputCheckerTest {
    @TempDir
    static Path work;

    private static Path sources;

    /** Every check of every edition of the samples, run once: veraPDF and EPUBCheck are most of this class's time. */
    private static List<BriefCheck> checks;

    @BeforeAll
    static void buildAndCheckTheSample() throws IOException {
        sources = work.resolve("src");
        SampleBriefs.copyBriefsTo(sources);
        Set<Format> formats = EnumSet.of(Format.PDF, Format.EPUB, Format.HTML);
        new BriefBuilder(request(sources, work.resolve("out"), formats), BuildLog.silent()).build();
        checks = new OutputChecker(request(sources, work.resolve("out"), formats), BuildLog.silent()).check();
    }

    @Test
    void theSampleEditionsPassEveryCheck() {
        // The sample and its Arabic and Chinese translations.
        assertThat(checks)
                .extracting(BriefCheck::slug)
                .containsExactlyInAnyOrder("civic-data-trusts", "civic-data-trusts-ar", "civic-data-trusts-zh");
        for (BriefCheck each : checks) {
            assertThat(each.failures()).as("failed checks of %s", each.slug()).isEmpty();
        }
        BriefCheck check = sample(checks);
        assertThat(check.results())
                .extracting(CheckResult::name)
                .contains(
                        "veraPDF PDF/UA-1",
                        "veraPDF PDF/A-2a",
                        "EPUBCheck",
                        ReadingOrderCheck.NAME,
                        "HTML notes resolve both ways",
                        "EPUB notes resolve both ways",
                        "HTML text follows the source",
                        "EPUB text follows the source",
                        "PDF marks are tagged or artifacts");
        assertThat(check.failures()).as("failed checks").isEmpty();
    }

    @Test
    void theReviewersReportShowsTheTagTreeTheTextAltTextsAndLinks() throws IOException {
        String report = Files.readString(work.resolve("out/civic-data-trusts").resolve(OutputChecker.REPORT));
        assertThat(report)
                .contains(
                        "<h3>Tag tree</h3>",
                        "Document",
                        "H1",
                        "Figure",
                        "Who Holds the Keys?",
                        "Text in reading order",
                        "https://");
    }

    @Test
    void aPdfStrippedOfItsTagsFailsAndTheReportsSayWhy() throws Exception {
        Path out = work.resolve("stripped");
        copy(work.resolve("out"), out);
        Path pdf = out.resolve("civic-data-trusts").resolve("civic-data-trusts.pdf");
        stripTags(pdf);

        BriefCheck check =
                sample(new OutputChecker(request(theSample(), out, EnumSet.of(Format.PDF)), BuildLog.silent()).check());

        assertThat(check.passed()).isFalse();
        assertThat(check.failures())
                .extracting(CheckResult::name)
                .contains("veraPDF PDF/UA-1", "veraPDF PDF/A-2a", ReadingOrderCheck.NAME);
        Path folder = out.resolve("civic-data-trusts");
        assertThat(Files.readString(folder.resolve(OutputChecker.REPORT))).contains("The PDF has no tag tree");
        assertThat(check.failures())
                .filteredOn(result -> result.name().equals("veraPDF PDF/UA-1"))
                .singleElement()
                .satisfies(result -> assertThat(result.toString()).contains(" veraPDF: "));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        // A JUnit report has no DOCTYPE, so none is accepted: nothing can be fetched or expanded.
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        var junit = factory.newDocumentBuilder()
                .parse(folder.resolve(OutputChecker.JUNIT_REPORT).toFile());
        assertThat(Integer.parseInt(junit.getDocumentElement().getAttribute("failures")))
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void anEpubWithoutItsNavigationDocumentFailsEpubCheck() throws Exception {
        Path out = work.resolve("no-nav");
        copy(work.resolve("out"), out);
        Path epub = out.resolve("civic-data-trusts").resolve("civic-data-trusts.epub");
        try (FileSystem zip = FileSystems.newFileSystem(epub)) {
            Files.delete(zip.getPath("EPUB", "nav.xhtml"));
        }

        BriefCheck check = sample(
                new OutputChecker(request(theSample(), out, EnumSet.of(Format.EPUB)), BuildLog.silent()).check());

        CheckResult epubCheck = check.failures().stream()
                .filter(result -> result.name().equals("EPUBCheck"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("EPUBCheck passed; failures: " + check.failures()));
        assertThat(epubCheck.findings()).extracting(Finding::toString).anySatisfy(finding -> assertThat(finding)
                .contains("error", "nav.xhtml"));
    }

    private static BriefCheck sample(List<BriefCheck> checks) {
        return checks.stream()
                .filter(check -> check.slug().equals("civic-data-trusts"))
                .findFirst()
                .orElseThrow();
    }

    /** What a careless post-processor does: drops the structure tree and the claim to be tagged. */
    static void stripTags(Path pdf) throws IOException {
        byte[] stripped;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            document.getDocumentCatalog().getCOSObject().removeItem(COSName.STRUCT_TREE_ROOT);
            document.getDocumentCatalog().getCOSObject().removeItem(COSName.MARK_INFO);
            var bytes = new java.io.ByteArrayOutputStream();
            document.save(bytes);
            stripped = bytes.toByteArray();
        }
        Files.write(pdf, stripped);
    }

    /** The English sample alone, with the samples' house: the broken copies are checked without the translations. */
    private static Path theSample() {
        return sources.resolve("civic-data-trusts");
    }

    private static BuildRequest request(Path source, Path out, Set<Format> formats) {
        return new BuildRequest(
                source,
                out,
                formats,
                Optional.empty(),
                Optional.of(sources.resolve("house.yaml")),
                1,
                Instant.parse("2026-01-01T00:00:00Z"),
                "test");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = to.resolve(from.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
    }
}
