package dev.brief.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.diagnostic.Diagnostic;
import dev.brief.core.robustness.CatalogueWriter;
import dev.brief.maven.build.BriefBuilder;
import dev.brief.maven.build.BriefOutcome;
import dev.brief.maven.build.BuildLog;
import dev.brief.maven.build.BuildReport;
import dev.brief.maven.build.BuildRequest;
import dev.brief.maven.build.Format;
import dev.brief.maven.check.BriefCheck;
import dev.brief.maven.check.OutputChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;

/**
 * Random briefs (a generated brief of random shape, with a random fragment of text full of characters that
 * need escaping in one format or another) either build outputs that pass veraPDF, EPUBCheck and the
 * toolkit's own checks, the same bytes on a second build, or fail with diagnostics in the source. Tries are
 * few because each one runs every writer twice and every validator once.
 */
class RandomBriefBuildProperties {
    private static final Set<Format> FORMATS = EnumSet.of(Format.PDF, Format.HTML, Format.EPUB);

    @Property(tries = 6, seed = "20260101")
    @StatisticsReport(StatisticsReportMode.OFF)
    void randomBriefsBuildValidOutputsTwiceTheSameOrFailWithDiagnostics(
            @ForAll @LongRange(min = 1, max = 1_000_000) long seed, @ForAll("fragments") String fragment)
            throws IOException {
        Path work = Files.createTempDirectory("random-brief");
        try {
            Path sources = work.resolve("src");
            Path file = CatalogueWriter.write(sources, 1, seed, CatalogueWriter.Shape.small())
                    .get(0);
            String source = Files.readString(file);
            Files.writeString(
                    file,
                    source.replaceFirst(
                            "## Introduction\n\n", "## Introduction\n\n" + fragment.replace("\n", " ") + "\n\n"));

            BuildReport first = build(sources, work.resolve("first"));
            BriefOutcome outcome = first.outcomes().get(0);
            Statistics.collect(outcome.status());
            // Both branches assert, but only the built one checks outputs: a run in which (nearly) every try
            // failed would check nothing about them, so too few built tries fail the property.
            Statistics.coverage(
                    coverage -> coverage.check(BriefOutcome.Status.BUILT).count(built -> built >= 3));
            if (outcome.failed()) {
                assertThat(outcome.errors())
                        .as("a failed build's errors, fragment «%s»", fragment)
                        .isNotEmpty();
                for (Diagnostic error : outcome.errors()) {
                    assertThat(error.message())
                            .as("a writer threw on fragment «%s»", fragment)
                            .doesNotStartWith("building this brief failed");
                }
                return;
            }
            List<BriefCheck> checks =
                    new OutputChecker(request(sources, work.resolve("first")), BuildLog.silent()).check();
            assertThat(checks.get(0).failures())
                    .as("checks with fragment «%s»", fragment)
                    .isEmpty();
            build(sources, work.resolve("second"));
            assertThat(files(work.resolve("second"))).as("second build").isEqualTo(outputs(work.resolve("first")));
        } finally {
            delete(work);
        }
    }

    /** Text with the characters that each format escapes its own way, plus Markdown's own punctuation. */
    @Provide
    Arbitrary<String> fragments() {
        return Arbitraries.strings()
                .withChars("abcdefghijklmnopqrstuvwxyz ABCXYZ0123456789.,;:!?'\"&<>*_`[]()#-+=/\\|~"
                        + "éèüßøØçÇ«»“”‘’—–…€£§©")
                .ofMinLength(1)
                .ofMaxLength(60);
    }

    private static BuildReport build(Path sources, Path output) throws IOException {
        return new BriefBuilder(request(sources, output), BuildLog.silent()).build();
    }

    private static BuildRequest request(Path sources, Path output) {
        return new BuildRequest(
                sources,
                output,
                FORMATS,
                Optional.empty(),
                Optional.empty(),
                1,
                Instant.parse("2026-01-01T00:00:00Z"),
                "property-test");
    }

    /** The outputs of the first build, without the check reports written beside them afterwards. */
    private static Map<String, String> outputs(Path root) throws IOException {
        Map<String, String> files = files(root);
        files.keySet().removeIf(name -> name.contains(OutputChecker.REPORT.replace(".html", "")));
        return files;
    }

    /** Each file under {@code root} by relative path, its bytes as ISO-8859-1 text so that maps compare by value. */
    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(
                        root.relativize(file).toString(),
                        new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
