package dev.brief.maven.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.brief.core.testing.BriefFixtures;
import dev.brief.epub.inspect.XmlDocuments;
import dev.brief.html.inspect.HtmlInspector;
import dev.brief.maven.build.AtomicOutput;
import dev.brief.maven.build.BriefOutcome;
import dev.brief.maven.build.BuildReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A brief cannot reach files outside its folder, XML cannot fetch entities, and outputs are never half written. */
class SafetyTest {
    private static final String SECRET = "secret-outside-the-brief-folder";

    @TempDir
    Path work;

    @Test
    void imagesThatLeaveTheBriefsFolderFailTheBriefAndWriteNothing() throws IOException {
        Path outside = Files.createDirectories(work.resolve("outside"));
        BriefFixtures.writeImages(outside);
        Path sources = work.resolve("src");
        Path dotDot = brief(sources, "dot-dot", "../../outside/figure.png");
        Path linkedFile = brief(sources, "linked-file", "chart.png");
        Files.createSymbolicLink(linkedFile.resolveSibling("chart.png"), outside.resolve("figure.png"));
        Path linkedFolder = brief(sources, "linked-folder", "images/figure.png");
        Files.createSymbolicLink(linkedFolder.resolveSibling("images"), outside);
        Path absolute = brief(sources, "absolute", outside.resolve("figure.png").toString());

        BuildReport report = Builds.build(sources, work.resolve("out"), Builds.TEXT_FORMATS, 1);

        assertThat(report.outcomes()).hasSize(4);
        for (BriefOutcome outcome : report.outcomes()) {
            Builds.assertFailedWithDiagnostics(outcome);
        }
        assertThat(messageOf(report, dotDot)).contains("leaves the brief's folder");
        assertThat(messageOf(report, linkedFile)).contains("link to a file outside");
        assertThat(messageOf(report, linkedFolder)).contains("link to a file outside");
        assertThat(messageOf(report, absolute)).contains("absolute");
        Builds.assertNoPartialFiles(work.resolve("out"));
    }

    @Test
    void aLinkThatStaysInsideTheBriefsFolderIsAllowed() throws IOException {
        Path sources = work.resolve("src");
        Path file = brief(sources, "inside", "chart.png");
        BriefFixtures.writeImages(Files.createDirectories(file.getParent().resolve("drawings")));
        Files.createSymbolicLink(file.resolveSibling("chart.png"), Path.of("drawings", "figure.png"));

        BuildReport report = Builds.build(file, work.resolve("out"), Builds.TEXT_FORMATS, 1);

        Builds.assertBuilt(report.outcomes().get(0), Builds.TEXT_FORMATS);
    }

    @Test
    void epubXmlParserDoesNotExpandExternalEntities() throws IOException {
        Path secret = secretFile();
        Throwable thrown = catchThrowable(() -> {
            String text = XmlDocuments.parse(externalEntity(secret))
                    .getDocumentElement()
                    .getTextContent();
            assertThat(text).doesNotContain(SECRET);
        });
        if (thrown != null) {
            assertThat(thrown).isInstanceOf(IOException.class).hasMessageNotContaining(SECRET);
        }
    }

    @Test
    void htmlInspectorDoesNotExpandExternalEntities() throws IOException {
        Path secret = secretFile();
        Throwable thrown = catchThrowable(() -> assertThat(
                        HtmlInspector.inspect(externalEntity(secret), true).toString())
                .doesNotContain(SECRET));
        if (thrown != null) {
            assertThat(thrown).isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining(SECRET);
        }
    }

    @Test
    void aWriteThatFailsLeavesThePreviousOutputAndNoPartialFile() throws Exception {
        Path target = work.resolve("out").resolve("brief.pdf");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "the previous edition");

        assertThatThrownBy(() -> AtomicOutput.write(target, out -> {
                    out.write("%PDF-1.7 half of a new edition".getBytes(StandardCharsets.US_ASCII));
                    throw new IOException("disk full");
                }))
                .hasMessage("disk full");

        assertThat(Files.readString(target)).isEqualTo("the previous edition");
        try (var files = Files.list(target.getParent())) {
            assertThat(files.map(file -> file.getFileName().toString()).toList())
                    .containsExactly("brief.pdf");
        }
    }

    @Test
    void aWriterThatThrowsMidwayLeavesThePreviousEditionWhole() throws IOException {
        Path sources = work.resolve("src");
        Path file = brief(sources, "edition", "figure.png");
        BriefFixtures.writeImages(file.getParent());
        Path output = work.resolve("out");
        Builds.assertBuilt(
                Builds.build(file, output, Builds.TEXT_FORMATS, 1).outcomes().get(0), Builds.TEXT_FORMATS);
        Path pdf = output.resolve("edition").resolve("edition.pdf");
        byte[] previous = Files.readAllBytes(pdf);

        // The PDF writer throws on a character no font covers (one of plane 15's private use), after it has
        // begun to write.
        Files.writeString(file, Files.readString(file).replace("A paragraph", "A \uDB80\uDC01 paragraph"));
        BriefOutcome failed =
                Builds.build(file, output, Builds.TEXT_FORMATS, 1).outcomes().get(0);

        assertThat(failed.failed()).isTrue();
        assertThat(Files.readAllBytes(pdf)).isEqualTo(previous);
        Builds.assertNoPartialFiles(output);
    }

    /** A brief whose only figure is {@code image}; the file is {@code sources/slug/slug.md}. */
    private static Path brief(Path sources, String slug, String image) throws IOException {
        Path file = sources.resolve(slug).resolve(slug + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(
                file,
                "---\ntitle: \"Images Stay Home\"\nlanguage: en\n---\n\n## Introduction\n\n"
                        + "A paragraph before the figure.\n\n![A chart that rises.](" + image + ")\nA caption.\n");
        return file;
    }

    private static String messageOf(BuildReport report, Path file) {
        return report.outcomes().stream()
                .filter(outcome -> outcome.source().file().equals(file))
                .findFirst()
                .orElseThrow()
                .errors()
                .get(0)
                .message();
    }

    private Path secretFile() throws IOException {
        Path secret = work.resolve("secret.txt");
        Files.writeString(secret, SECRET);
        return secret;
    }

    private static String externalEntity(Path secret) {
        return "<?xml version=\"1.0\"?>\n<!DOCTYPE html [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>t</title></head>"
                + "<body><h1>&leak;</h1><p>&leak;</p></body></html>";
    }
}
