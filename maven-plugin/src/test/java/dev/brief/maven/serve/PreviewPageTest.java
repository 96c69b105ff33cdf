package dev.brief.maven.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.diagnostic.Diagnostic;
import dev.brief.core.diagnostic.Severity;
import dev.brief.core.diagnostic.SourcePosition;
import dev.brief.maven.build.BriefOutcome;
import dev.brief.maven.build.BriefSource;
import dev.brief.maven.build.BuildReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview page as a screen reader and a browser get it: structure, names, and every diagnostic. */
class PreviewPageTest {
    @TempDir
    Path work;

    @Test
    void aBrokenBriefShowsEveryDiagnosticWithItsPlaceAndItsLastGoodEdition() throws IOException {
        Path output = work.resolve("out");
        Files.createDirectories(output.resolve("harbour"));
        Files.writeString(
                output.resolve("harbour").resolve("harbour.html"),
                "<!DOCTYPE html><title>Harbour Levies &amp; Fees</title>");
        Files.writeString(output.resolve("harbour").resolve("harbour.pdf"), "%PDF-");
        BriefSource harbour = new BriefSource(work.resolve("src/harbour.md"), "harbour", false);
        BriefSource fares = new BriefSource(work.resolve("src/fares.md"), "fares", false);
        Diagnostic error = new Diagnostic(
                Severity.ERROR,
                new SourcePosition("src/harbour.md", 12, 7),
                "the note reference [^x] has no note <script>alert(1)</script>",
                "add a line `[^x]: …`");
        Diagnostic warning = new Diagnostic(
                Severity.WARNING, new SourcePosition("src/harbour.md", 30, 1), "a table without a caption", "");
        BuildReport report = new BuildReport(List.of(
                new BriefOutcome(harbour, BriefOutcome.Status.FAILED, List.of(error, warning), List.of()),
                new BriefOutcome(fares, BriefOutcome.Status.FAILED, List.of(error), List.of())));

        Document page = Jsoup.parse(
                PreviewPage.render(new PreviewState(report, Optional.empty(), Instant.EPOCH, 42, 3), output));

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.title()).isEqualTo("Brief preview");
        assertThat(page.select("h1")).hasSize(1);
        // A brief is named by its edition's title, or by its slug before its first good build.
        assertThat(page.select("h2").eachText()).containsExactly("Briefs", "Harbour Levies & Fees", "fares");
        assertThat(page.select("script")).hasSize(1); // the page's own, none from a message
        Element section = page.getElementById("brief-harbour");
        assertThat(section.select("ol.diagnostics li").eachText())
                .containsExactly(
                        "src/harbour.md:12:7: error: the note reference [^x] has no note <script>alert(1)</script>"
                                + " (add a line `[^x]: …`)",
                        "src/harbour.md:30:1: warning: a table without a caption");
        assertThat(section.select("iframe").attr("src")).isEqualTo("/harbour/harbour.html");
        assertThat(section.select("iframe").attr("title")).isEqualTo("Print HTML edition of harbour");
        assertThat(section.select("a").eachText())
                .containsExactly("PDF edition of harbour", "Print HTML edition of harbour");
        Element fresh = page.getElementById("brief-fares");
        assertThat(fresh.select("iframe")).isEmpty();
        assertThat(fresh.text()).contains("No print HTML edition yet");
        for (Element link : page.select("a")) {
            assertThat(link.text()).as(link.outerHtml()).isNotBlank();
        }
        assertThat(page.getElementById("build-status").attr("role")).isEqualTo("status");
        assertThat(page.getElementById("build-status").text()).contains("Build 3", "42 ms", "2 briefs, 2 failed");
    }
}
