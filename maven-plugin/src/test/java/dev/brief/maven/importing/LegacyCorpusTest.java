package dev.brief.maven.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.diagnostic.Diagnostic;
import dev.brief.core.house.House;
import dev.brief.core.legacy.ImportResult;
import dev.brief.core.legacy.LegacyImporter;
import dev.brief.core.read.BriefReader;
import dev.brief.core.read.ReadResult;
import dev.brief.maven.build.BriefBuilder;
import dev.brief.maven.build.BriefOutcome;
import dev.brief.maven.build.BuildLog;
import dev.brief.maven.build.BuildReport;
import dev.brief.maven.build.BuildRequest;
import dev.brief.maven.build.Format;
import dev.brief.maven.check.CheckResult;
import dev.brief.maven.check.VeraPdfValidator;
import dev.brief.maven.importing.ReadingBlocks.Reading;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real briefs of another publisher, as extracted from their PDFs (test resources {@code legacy-corpus}, sources
 * and licence in its README), imported as a new user would and built in every format: each builds, its PDF passes
 * veraPDF PDF/UA-1, no word of the input is lost (less the page furniture {@link PageFurniture} names), and at
 * least 98 % of the blocks of the hand-written reading orders come back whole and in order over the corpus, while
 * few blocks come back that no expected block matches (precision, {@link #PRECISION_BAR}).
 */
class LegacyCorpusTest {
    static final double READING_ORDER_BAR = 0.98;
    /** The share of blocks read that are expected: furniture, banners and broken tables must not reach the body. */
    static final double PRECISION_BAR = 0.87;

    @TempDir
    static Path work;

    private static final Map<String, Imported> corpus = new LinkedHashMap<>();
    private static BuildReport report;

    /** One corpus brief: its legacy text, the source the importer made, and the blocks that source reads as. */
    record Imported(
            String name,
            String legacy,
            ImportResult result,
            List<Diagnostic> readDiagnostics,
            List<Reading> reading,
            ExpectedReading expected) {}

    @BeforeAll
    static void importAndBuildTheCorpus() throws Exception {
        Path sources = Files.createDirectories(work.resolve("sources"));
        for (Path legacyFile : corpusFiles()) {
            String name = legacyFile.getParent().getFileName() + "/"
                    + legacyFile.getFileName().toString().replaceFirst("\\.md$", "");
            String legacy = Files.readString(legacyFile);
            Path source = sources.resolve(name.replace('/', '-') + ".md");
            ImportResult result = LegacyImporter.convert(legacy, legacyFile.getFileName());
            Files.writeString(source, result.source());
            ReadResult read = BriefReader.read(result.source(), source, House.defaults());
            List<Reading> reading = read.brief().map(ReadingBlocks::of).orElse(List.of());
            ExpectedReading expected = ExpectedReading.parse(Files.readString(legacyFile.resolveSibling(
                    legacyFile.getFileName().toString().replaceFirst("\\.md$", ".expected"))));
            corpus.put(name, new Imported(name, legacy, result, read.diagnostics(), reading, expected));
        }
        dumpForReview(sources);
    }

    /** The build of every imported source, made once, by the first test that needs it. */
    private static synchronized BuildReport built() {
        if (report != null) {
            return report;
        }
        Path sources = work.resolve("sources");
        BuildRequest request = new BuildRequest(
                sources,
                work.resolve("out"),
                EnumSet.of(Format.PDF, Format.EPUB, Format.HTML),
                Optional.empty(),
                Optional.empty(),
                1,
                Instant.parse("2026-01-01T00:00:00Z"),
                "corpus-test");
        try {
            report = new BriefBuilder(request, BuildLog.silent()).build();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return report;
    }

    /** With {@code -Dbrief.corpus.dump=DIR}, the imported sources and their reading blocks go there for review. */
    private static void dumpForReview(Path sources) throws java.io.IOException {
        String dump = System.getProperty("brief.corpus.dump");
        if (dump == null) {
            return;
        }
        Path folder = Files.createDirectories(Path.of(dump));
        for (Imported brief : corpus.values()) {
            String file = brief.name().replace('/', '-');
            Files.copy(
                    sources.resolve(file + ".md"),
                    folder.resolve(file + ".md"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.write(
                    folder.resolve(file + ".reading"),
                    brief.reading().stream().map(Reading::toString).toList());
            Files.write(
                    folder.resolve(file + ".warnings"),
                    Stream.concat(brief.result().diagnostics().stream(), brief.readDiagnostics().stream())
                            .map(Object::toString)
                            .toList());
        }
    }

    @Test
    void theCorpusHasTwentyBriefsOfSeveralTemplates() {
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(20);
        assertThat(corpus.keySet().stream()
                        .map(name -> name.substring(0, name.indexOf('/')))
                        .distinct())
                .hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void everyBriefImportsAndBuildsInEveryFormat() {
        for (Imported brief : corpus.values()) {
            assertThat(brief.result().diagnostics())
                    .as("import errors of %s", brief.name())
                    .noneMatch(Diagnostic::isError);
        }
        assertThat(built().outcomes()).hasSize(corpus.size());
        for (BriefOutcome outcome : built().outcomes()) {
            assertThat(outcome.status())
                    .as("%s: %s", outcome.source().file(), outcome.errors())
                    .isEqualTo(BriefOutcome.Status.BUILT);
            assertThat(outcome.outputs())
                    .extracting(BriefOutcome.Output::format)
                    .contains(Format.PDF, Format.EPUB, Format.HTML);
        }
    }

    @Test
    void everyPdfPassesVeraPdfUa1() {
        List<String> failures = new ArrayList<>();
        for (BriefOutcome outcome : built().outcomes()) {
            for (BriefOutcome.Output output : outcome.outputs()) {
                if (output.format() == Format.PDF) {
                    CheckResult result = VeraPdfValidator.pdfUa1().validate(output.file());
                    if (!result.findings().isEmpty()) {
                        failures.add(outcome.source().file().getFileName() + ": " + result.findings());
                    }
                }
            }
        }
        assertThat(failures).as("veraPDF PDF/UA-1 failures").isEmpty();
    }

    @Test
    void noWordOfTheInputIsLost() {
        Map<String, List<String>> lost = new LinkedHashMap<>();
        for (Imported brief : corpus.values()) {
            java.util.Set<String> output = PageFurniture.wordsOf(brief.result().source());
            List<String> dropCaps = PageFurniture.dropCaps(brief.legacy());
            List<String> missing = PageFurniture.wordsOf(PageFurniture.without(brief.legacy())).stream()
                    .filter(word -> !output.contains(word))
                    // a drop cap's letter, set apart by the converter, is back on its word
                    .filter(word -> !dropCaps.contains(word))
                    .filter(word -> dropCaps.stream().noneMatch(letter -> output.contains(letter + word)))
                    .toList();
            if (!missing.isEmpty()) {
                lost.put(brief.name(), missing);
            }
        }
        assertThat(lost)
                .as("words of the input missing from the imported source")
                .isEmpty();
    }

    @Test
    void almostEveryExpectedBlockComesBackWholeAndInOrderAndAlmostNothingElse() throws java.io.IOException {
        int expectedBlocks = 0;
        int matchedBlocks = 0;
        int readBlocks = 0;
        int extraBlocks = 0;
        StringBuilder table = new StringBuilder("| brief | expected blocks | whole and in order | share | blocks read"
                + " | extra | precision |\n|---|---:|---:|---:|---:|---:|---:|\n");
        StringBuilder misses = new StringBuilder();
        StringBuilder extras = new StringBuilder();
        for (Imported brief : corpus.values()) {
            int expected = brief.expected().expected().size();
            int matched = brief.expected().matched(brief.reading());
            int read = brief.reading().size();
            List<Reading> extra = brief.expected().extra(brief.reading());
            expectedBlocks += expected;
            matchedBlocks += matched;
            readBlocks += read;
            extraBlocks += extra.size();
            table.append(row(brief.name(), expected, matched, read, extra.size()));
            List<Reading> missing = brief.expected().missing(brief.reading());
            if (!missing.isEmpty()) {
                misses.append(brief.name()).append(": ").append(missing).append('\n');
            }
            if (!extra.isEmpty()) {
                extras.append(brief.name()).append(": ").append(extra).append('\n');
            }
        }
        table.append(row("all", expectedBlocks, matchedBlocks, readBlocks, extraBlocks));
        // The figures for docs/import.md, kept beside the test reports rather than printed into the build log.
        Path report = Path.of("target", "legacy-corpus-report.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, table + "\nextra blocks:\n" + extras);
        double share = (double) matchedBlocks / expectedBlocks;
        double precision = 1.0 - (double) extraBlocks / readBlocks;
        assertThat(share)
                .as("share of expected blocks whole and in order\n%s\nnot found:\n%s", table, misses)
                .isGreaterThanOrEqualTo(READING_ORDER_BAR);
        assertThat(precision)
                .as("share of blocks read that some expected block matches\n%s\nextra:\n%s", table, extras)
                .isGreaterThanOrEqualTo(PRECISION_BAR);
    }

    private static String row(String name, int expected, int matched, int read, int extra) {
        return String.format(
                java.util.Locale.ROOT,
                "| %s | %d | %d | %.1f %% | %d | %d | %.1f %% |%n",
                name,
                expected,
                matched,
                100.0 * matched / expected,
                read,
                extra,
                100.0 * (read - extra) / read);
    }

    @Test
    void theScoreNoticesBlocksOutOfOrderOrMerged() {
        ExpectedReading expected = ExpectedReading.parse(
                "heading Economic Conditions\nparagraph The economy has\n" + "paragraph Prices rose");
        List<Reading> inOrder = List.of(
                new Reading("heading", "Economic Conditions"),
                new Reading("paragraph", "The economy has grown."),
                new Reading("paragraph", "Prices rose."));
        List<Reading> swapped = List.of(inOrder.get(0), inOrder.get(2), inOrder.get(1));
        List<Reading> glued =
                List.of(new Reading("paragraph", "Economic Conditions The economy has grown."), inOrder.get(2));

        assertThat(expected.matched(inOrder)).isEqualTo(3);
        assertThat(expected.matched(swapped)).isEqualTo(2);
        assertThat(expected.matched(glued)).isEqualTo(1);
    }

    @Test
    void theScoreNoticesBlocksThatShouldNotBeThere() {
        ExpectedReading expected = ExpectedReading.parse("title Copper Tariffs\nparagraph Congress has");
        List<Reading> withBanner = List.of(
                new Reading("title", "Copper Tariffs"),
                new Reading("heading", "CRS INSIGHT"),
                new Reading("paragraph", "Congress has authority."),
                new Reading("paragraph", "https://crsreports.congress.gov"));

        assertThat(expected.matched(withBanner)).isEqualTo(2);
        assertThat(expected.extra(withBanner))
                .containsExactly(
                        new Reading("heading", "CRS INSIGHT"),
                        new Reading("paragraph", "https://crsreports.congress.gov"));
    }

    private static List<Path> corpusFiles() throws URISyntaxException, java.io.IOException {
        Path root = Path.of(LegacyCorpusTest.class.getResource("/legacy-corpus").toURI());
        try (Stream<Path> files = Files.walk(root, 2)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".md"))
                    .filter(file -> !file.getParent().equals(root))
                    .sorted()
                    .toList();
        }
    }
}
