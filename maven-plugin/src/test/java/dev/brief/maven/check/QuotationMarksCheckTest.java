package dev.brief.maven.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.maven.build.BriefBuilder;
import dev.brief.maven.build.BuildLog;
import dev.brief.maven.build.BuildRequest;
import dev.brief.maven.build.Format;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Briefs typed with straight quotation marks pass every check of their editions: the reader sets the marks once,
 * so the source text the checks compare with has the typographic marks the editions print. An edition that
 * printed the straight marks would fail the text check.
 */
class QuotationMarksCheckTest {
    private static final String SOURCE = """
            ---
            title: The "Peaceful Rise" Debate
            language: %s
            summary:
              - Officials' talk of a "peaceful rise" shaped the '90s.
            publisher:
              name: Example Institute
            ---
            ## China's "peaceful rise"

            They called it a "peaceful rise", said 'rock 'n' roll' and wrote `say "x"` in code.[^a]

            ::: pullquote
            "A rise is 'peaceful' when neighbours say so."
            :::

            [^a]: See the "Rise" report at https://example.org/a'b.
            """;

    @TempDir
    static Path work;

    private static Path sources;

    @BeforeAll
    static void build() throws IOException {
        sources = work.resolve("src");
        for (String language : List.of("en", "fr", "de")) {
            Path folder = Files.createDirectories(sources.resolve("quotes-" + language));
            Files.writeString(folder.resolve("quotes-" + language + ".md"), SOURCE.formatted(language));
        }
        new BriefBuilder(request(work.resolve("out")), BuildLog.silent()).build();
    }

    @Test
    void theEditionsPassEveryCheck() throws IOException {
        List<BriefCheck> checks = new OutputChecker(request(work.resolve("out")), BuildLog.silent()).check();

        assertThat(checks).hasSize(3);
        for (BriefCheck check : checks) {
            assertThat(check.failures()).as("failed checks of %s", check.slug()).isEmpty();
            assertThat(check.results())
                    .extracting(CheckResult::name)
                    .contains(ReadingOrderCheck.NAME, "HTML text follows the source", "EPUB text follows the source");
        }
    }

    @Test
    void anEditionWithStraightMarksFailsTheTextCheck() throws IOException {
        Path folder = work.resolve("out").resolve("quotes-en");
        String printed = Files.readString(folder.resolve("quotes-en.html"));
        assertThat(printed).contains("a “peaceful rise”", "China’s", "‘rock ’n’ roll’");
        assertThat(epubDocuments(folder.resolve("quotes-en.epub"))).contains("a “peaceful rise”", "China’s");

        Path out = work.resolve("straight");
        Path copy = Files.createDirectories(out.resolve("quotes-en")).resolve("quotes-en.html");
        Files.writeString(copy, printed.replace('“', '"').replace('”', '"'));
        List<BriefCheck> checks = new OutputChecker(
                        new BuildRequest(
                                sources.resolve("quotes-en"),
                                out,
                                EnumSet.of(Format.HTML),
                                Optional.empty(),
                                Optional.empty(),
                                1,
                                Instant.parse("2026-01-01T00:00:00Z"),
                                "test"),
                        BuildLog.silent())
                .check();

        assertThat(checks).singleElement().satisfies(check -> assertThat(check.failures())
                .extracting(CheckResult::name)
                .contains("HTML text follows the source"));
    }

    /** The EPUB's content documents, one after another. */
    private static String epubDocuments(Path epub) throws IOException {
        StringBuilder text = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(epub))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().endsWith(".xhtml")) {
                    text.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return text.toString();
    }

    private static BuildRequest request(Path out) {
        return new BuildRequest(
                sources,
                out,
                EnumSet.of(Format.PDF, Format.EPUB, Format.HTML),
                Optional.empty(),
                Optional.empty(),
                1,
                Instant.parse("2026-01-01T00:00:00Z"),
                "test");
    }
}
