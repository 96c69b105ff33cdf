package dev.brief.maven.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.diagnostic.Diagnostic;
import dev.brief.maven.build.BriefBuilder;
import dev.brief.maven.build.BriefOutcome;
import dev.brief.maven.build.BuildLog;
import dev.brief.maven.build.BuildReport;
import dev.brief.maven.build.BuildRequest;
import dev.brief.maven.build.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Runs {@link BriefBuilder} the way the tests of this package need it, and checks what every outcome must hold. */
final class Builds {
    static final Instant TIMESTAMP = Instant.parse("2026-01-01T00:00:00Z");
    static final Set<Format> TEXT_FORMATS = EnumSet.of(Format.PDF, Format.HTML, Format.EPUB);

    private Builds() {}

    static BuildRequest request(Path source, Path output, Set<Format> formats, int threads) {
        return new BuildRequest(
                source, output, formats, Optional.empty(), Optional.empty(), threads, TIMESTAMP, "robustness-test");
    }

    static BuildReport build(Path source, Path output, Set<Format> formats, int threads) throws IOException {
        return new BriefBuilder(request(source, output, formats, threads), BuildLog.silent()).build();
    }

    /**
     * A failed brief failed because of its source: every error says where (a position in the source) and how
     * to fix it, and none is the builder's "building this brief failed", which means a writer threw.
     */
    static void assertFailedWithDiagnostics(BriefOutcome outcome) {
        assertThat(outcome.status()).as(outcome.source().file().toString()).isEqualTo(BriefOutcome.Status.FAILED);
        assertThat(outcome.errors()).as("errors of " + outcome.source().file()).isNotEmpty();
        for (Diagnostic error : outcome.errors()) {
            assertThat(error.message())
                    .as("a writer crashed on " + outcome.source().file())
                    .doesNotStartWith("building this brief failed");
            assertThat(error.fix()).as("how to fix " + error).isNotBlank();
            assertThat(error.position().line()).isPositive();
        }
        assertThat(outcome.outputs()).isEmpty();
    }

    /** A built brief has every requested output, whole: the right magic bytes and no partial file beside it. */
    static void assertBuilt(BriefOutcome outcome, Set<Format> formats) throws IOException {
        assertThat(outcome.status())
                .as("%s: %s", outcome.source().file(), outcome.diagnostics())
                .isEqualTo(BriefOutcome.Status.BUILT);
        assertThat(outcome.outputs().stream().map(BriefOutcome.Output::format)).containsAll(formats);
        for (BriefOutcome.Output output : outcome.outputs()) {
            byte[] bytes = Files.readAllBytes(output.file());
            assertThat(bytes.length).isEqualTo(output.bytes());
            String start =
                    new String(bytes, 0, Math.min(5, bytes.length), java.nio.charset.StandardCharsets.ISO_8859_1);
            switch (output.format()) {
                case PDF -> assertThat(start).isEqualTo("%PDF-");
                case EPUB -> assertThat(start).startsWith("PK");
                case HTML ->
                    assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
                            .contains("</html>");
                case PNG -> assertThat(start).startsWith("\u0089PNG");
                default -> throw new AssertionError(output.format());
            }
        }
    }

    /** No temporary file of {@code AtomicOutput} is left anywhere under {@code folder}. */
    static void assertNoPartialFiles(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> partial = files.filter(
                            file -> file.getFileName().toString().endsWith(".part"))
                    .toList();
            assertThat(partial).as("partial files").isEmpty();
        }
    }
}
