package dev.brief.maven.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.diagnostic.Diagnostic;
import dev.brief.core.testing.SampleBriefs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefBuilderTest {
    private static final Instant TIMESTAMP = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path work;

    private Path sources;
    private final List<String> log = new ArrayList<>();

    @BeforeEach
    void copySamples() throws IOException {
        sources = work.resolve("src");
        SampleBriefs.copyBriefsTo(sources);
    }

    @Test
    void buildsEveryEditionOfTheSampleAndLogsEachOne() throws IOException {
        BuildReport report = build(work.resolve("out"), EnumSet.allOf(Format.class));

        BriefOutcome outcome = only(report, "civic-data-trusts");
        assertThat(outcome.status()).isEqualTo(BriefOutcome.Status.BUILT);
        Path folder = work.resolve("out").resolve("civic-data-trusts");
        assertThat(startOf(folder.resolve("civic-data-trusts.pdf"), 5)).isEqualTo("%PDF-");
        assertThat(startOf(folder.resolve("civic-data-trusts.epub"), 2)).isEqualTo("PK");
        assertThat(Files.readString(folder.resolve("civic-data-trusts.html"))).contains("Who Holds the Keys?");
        assertThat(startOf(folder.resolve("civic-data-trusts-cover.png"), 4)).isEqualTo("\u0089PNG");
        assertThat(startOf(folder.resolve("civic-data-trusts-preview.png"), 4)).isEqualTo("\u0089PNG");
        BriefOutcome.Output pdf = outcome.outputs().get(0);
        assertThat(pdf.format()).isEqualTo(Format.PDF);
        assertThat(pdf.pages()).isGreaterThan(1);
        // One line for the brief, numbered among the briefs of the build, with each output it wrote.
        assertThat(log)
                .anyMatch(line -> line.matches("info \\[\\d/3\\] civic-data-trusts: built in \\d+ ms: "
                        + "civic-data-trusts\\.pdf: \\d+ pages, [^;]* ms; civic-data-trusts\\.html: [^;]* ms; "
                        + "civic-data-trusts\\.epub: .* ms"))
                .noneMatch(line -> line.startsWith("info civic-data-trusts.pdf: "));
    }

    @Test
    void logsOneNumberedLinePerBriefWithItsErrorsRightBelowIt() throws IOException {
        Path sample = sources.resolve("civic-data-trusts").resolve("civic-data-trusts.md");
        Files.writeString(
                sample.resolveSibling("broken.md"),
                Files.readString(sample) + "\nUnsourced.[^nowhere] Also unsourced.[^missing]\n");

        build(work.resolve("out"), EnumSet.of(Format.PDF));

        List<String> progress = log.stream()
                .filter(line -> line.matches("(info|error) \\[\\d/4\\] .*"))
                .toList();
        assertThat(progress).hasSize(4);
        for (int n = 1; n <= 4; n++) {
            assertThat(progress.get(n - 1)).contains("[" + n + "/4] ");
        }
        int broken = log.indexOf(progress.stream()
                .filter(line -> line.contains("] broken: failed with 2 errors"))
                .findFirst()
                .orElseThrow());
        assertThat(log.get(broken)).startsWith("error ");
        assertThat(log.get(broken + 1))
                .startsWith("error ")
                .contains("broken.md:")
                .contains("nowhere");
        assertThat(log.get(broken + 2))
                .startsWith("error ")
                .contains("broken.md:")
                .contains("missing");
    }

    @Test
    void skipsABriefWhoseInputsAreUnchangedAndRebuildsWhenAnImageChanges() throws IOException {
        Set<Format> pdfOnly = EnumSet.of(Format.PDF);
        build(work.resolve("out"), pdfOnly);
        log.clear();

        assertThat(only(build(work.resolve("out"), pdfOnly), "civic-data-trusts")
                        .status())
                .isEqualTo(BriefOutcome.Status.UP_TO_DATE);
        assertThat(log).anyMatch(line -> line.contains("civic-data-trusts: up to date"));

        Path image = sources.resolve("civic-data-trusts").resolve("requests-chart.png");
        Files.write(image, Files.readAllBytes(image), java.nio.file.StandardOpenOption.APPEND);
        assertThat(only(build(work.resolve("out"), pdfOnly), "civic-data-trusts")
                        .status())
                .isEqualTo(BriefOutcome.Status.BUILT);
    }

    @Test
    void aBrokenBriefFailsWithItsPositionWhileTheOthersAreBuilt() throws IOException {
        Path broken = sources.resolve("broken").resolve("broken.md");
        Files.createDirectories(broken.getParent());
        Files.writeString(broken, "---\ntitle: \"Broken\"\nlanguage: en\n---\n\nA paragraph.\n\n***\n\nMore.\n");

        BuildReport report = build(work.resolve("out"), EnumSet.of(Format.PDF));

        BriefOutcome failed = only(report, "broken");
        assertThat(failed.status()).isEqualTo(BriefOutcome.Status.FAILED);
        assertThat(failed.errors())
                .extracting(Diagnostic::toString)
                .anyMatch(text -> text.startsWith(broken + ":8:1: error: "));
        assertThat(log).anyMatch(line -> line.startsWith("error " + broken + ":8:1"));
        assertThat(only(report, "civic-data-trusts").status()).isEqualTo(BriefOutcome.Status.BUILT);
        assertThat(work.resolve("out/civic-data-trusts/civic-data-trusts.pdf")).isRegularFile();
        assertThat(work.resolve("out/broken")).doesNotExist();
    }

    @Test
    void reportsEveryCharacterNoFontCoversAtItsSourcePosition() throws IOException {
        Path brief = sources.resolve("uncovered").resolve("uncovered.md");
        Files.createDirectories(brief.getParent());
        // Private-use characters of plane 15, which no font has: the build fails on any machine.
        Files.writeString(
                brief,
                "---\ntitle: \"Coverage\"\nlanguage: en\n---\n\nAn opening paragraph.\n\n"
                        + "The mark \uDB80\uDC01 is *not* in the \uDB80\uDC01 font.\n\n"
                        + "A paragraph over two lines,\nthe second with \uDB80\uDC02 in it.\n");

        BuildReport report = build(work.resolve("out"), EnumSet.of(Format.PDF, Format.HTML));

        BriefOutcome failed = only(report, "uncovered");
        assertThat(failed.status()).isEqualTo(BriefOutcome.Status.FAILED);
        assertThat(failed.errors())
                .extracting(Diagnostic::toString)
                .satisfiesExactly(
                        first -> assertThat(first)
                                .startsWith(brief + ":8:10: error: character U+F0001 ")
                                .contains("is not covered by font ")
                                .contains("(replace the character, or configure"),
                        second -> assertThat(second).startsWith(brief + ":8:29: error: character U+F0001 "),
                        third -> assertThat(third).startsWith(brief + ":11:17: error: character U+F0002 "));
        assertThat(log)
                .anyMatch(line -> line.startsWith("error " + brief + ":8:10: error: character U+F0001"))
                .anyMatch(line -> line.startsWith("error " + brief + ":11:17: error: character U+F0002"))
                .noneMatch(line -> line.contains(brief.toString()) && line.contains("building this brief failed"));
        assertThat(work.resolve("out/uncovered")).doesNotExist();
        assertThat(only(report, "civic-data-trusts").status()).isEqualTo(BriefOutcome.Status.BUILT);
    }

    @Test
    void anImageThePdfCannotEmbedIsAnErrorAtItsFigure() throws IOException {
        Path brief = sources.resolve("cmyk").resolve("cmyk.md");
        Files.createDirectories(brief.getParent());
        Files.write(brief.resolveSibling("scan.jpg"), undecodableCmykJpeg());
        Files.writeString(
                brief,
                "---\ntitle: \"A scanned chart\"\nlanguage: en\n---\n\nAn opening paragraph.\n\n"
                        + "![A chart of harbour traffic.](scan.jpg)\nHarbour traffic by month.\n");

        BriefOutcome failed = only(build(work.resolve("out"), EnumSet.of(Format.PDF)), "cmyk");

        assertThat(failed.status()).isEqualTo(BriefOutcome.Status.FAILED);
        assertThat(failed.errors())
                .extracting(Diagnostic::toString)
                .singleElement()
                .satisfies(error -> assertThat(error)
                        .startsWith(brief + ":8:1: error: image scan.jpg: a CMYK JPEG")
                        .contains("save it as an sRGB JPEG or PNG"));
        assertThat(log).noneMatch(line -> line.contains("building this brief failed"));
        assertThat(work.resolve("out/cmyk")).doesNotExist();
    }

    /** A four-channel JPEG whose frame header claims 12-bit samples, which no 8-bit decoder reads. */
    private static byte[] undecodableCmykJpeg() throws IOException {
        java.awt.image.WritableRaster raster =
                java.awt.image.Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE, 16, 16, 4, null);
        javax.imageio.ImageWriter writer =
                javax.imageio.ImageIO.getImageWritersByFormatName("jpeg").next();
        java.io.ByteArrayOutputStream encoded = new java.io.ByteArrayOutputStream();
        try (javax.imageio.stream.ImageOutputStream output = javax.imageio.ImageIO.createImageOutputStream(encoded)) {
            writer.setOutput(output);
            writer.write(null, new javax.imageio.IIOImage(raster, null, null), null);
        } finally {
            writer.dispose();
        }
        byte[] jpeg = encoded.toByteArray();
        for (int i = 2; i < jpeg.length - 4; i++) {
            if ((jpeg[i] & 0xff) == 0xff && (jpeg[i + 1] & 0xff) == 0xc0) { // SOF0: length, then precision
                jpeg[i + 4] = 12;
                break;
            }
        }
        return jpeg;
    }

    @Test
    void importsLegacyMarkdownInMemoryAndReportsWhatTheImporterInferred() throws IOException {
        Path legacy = sources.resolve("legacy").resolve("harbour-levy.md");
        Files.createDirectories(legacy.getParent());
        try (var in = BriefBuilderTest.class.getResourceAsStream("/legacy/harbour-levy.md")) {
            Files.copy(in, legacy);
        }

        BriefOutcome outcome = only(build(work.resolve("out"), EnumSet.of(Format.PDF)), "harbour-levy");

        assertThat(outcome.source().legacy()).isTrue();
        assertThat(outcome.status()).isEqualTo(BriefOutcome.Status.BUILT);
        assertThat(outcome.warnings())
                .extracting(diagnostic -> diagnostic.position().file())
                .contains(legacy.toString());
        assertThat(log).anyMatch(line -> line.startsWith("warn " + legacy + ":") && line.contains("superscript"));
        assertThat(work.resolve("out/harbour-levy/harbour-levy.pdf")).isRegularFile();
        assertThat(legacy.resolveSibling("harbour-levy.brief.md"))
                .as("nothing written beside the source")
                .doesNotExist();
    }

    @Test
    void aConfiguredPageSizeOverridesTheHouses() throws IOException {
        BuildRequest a4 = new BuildRequest(
                sources,
                work.resolve("a4"),
                EnumSet.of(Format.PDF),
                Optional.of(dev.brief.core.house.PageSize.A4),
                Optional.empty(),
                1,
                TIMESTAMP,
                "test");
        new BriefBuilder(a4, new RecordingLog(log)).build();
        build(work.resolve("house"), EnumSet.of(Format.PDF));

        assertThat(firstPageWidth(work.resolve("a4/civic-data-trusts/civic-data-trusts.pdf")))
                .isEqualTo(595);
        assertThat(firstPageWidth(work.resolve("house/civic-data-trusts/civic-data-trusts.pdf")))
                .as("the sample house asks for LETTER")
                .isEqualTo(612);
    }

    private static long firstPageWidth(Path pdf) throws IOException {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return Math.round(Math.floor(document.getPage(0).getMediaBox().getWidth()));
        }
    }

    @Test
    void theWebEditionsCarryTheSameSubsetFonts() throws IOException {
        build(work.resolve("out"), EnumSet.of(Format.HTML, Format.EPUB));

        Path folder = work.resolve("out").resolve("civic-data-trusts");
        String html = Files.readString(folder.resolve("civic-data-trusts.html"));
        Matcher embedded = Pattern.compile("url\\(\"data:font/ttf;base64,([A-Za-z0-9+/=]+)\"\\)")
                .matcher(html);
        List<byte[]> htmlFaces = new ArrayList<>();
        while (embedded.find()) {
            htmlFaces.add(Base64.getDecoder().decode(embedded.group(1)));
        }
        List<byte[]> epubFaces = new ArrayList<>();
        try (var zip = new ZipInputStream(Files.newInputStream(folder.resolve("civic-data-trusts.epub")))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().startsWith("EPUB/fonts/") && entry.getName().endsWith(".ttf")) {
                    epubFaces.add(zip.readAllBytes());
                }
            }
        }
        assertThat(htmlFaces).hasSizeGreaterThanOrEqualTo(5);
        assertThat(epubFaces).hasSameSizeAs(htmlFaces);
        for (byte[] face : htmlFaces) {
            assertThat(epubFaces).anySatisfy(packed -> assertThat(packed).isEqualTo(face));
        }
        // Subsets, not whole fonts: the bundled faces alone weigh over 2.5 MB.
        assertThat(Files.size(folder.resolve("civic-data-trusts.html"))).isLessThan(400_000);
    }

    @Test
    void theSameSourcesGiveTheSameBytes() throws IOException {
        build(work.resolve("first"), EnumSet.allOf(Format.class));
        build(work.resolve("second"), EnumSet.allOf(Format.class));

        Path first = work.resolve("first").resolve("civic-data-trusts");
        Path second = work.resolve("second").resolve("civic-data-trusts");
        for (String name : List.of(
                "civic-data-trusts.pdf",
                "civic-data-trusts.epub",
                "civic-data-trusts.html",
                "civic-data-trusts-cover.png",
                "civic-data-trusts-preview.png")) {
            assertThat(first.resolve(name)).as(name).hasSameBinaryContentAs(second.resolve(name));
        }
    }

    private BuildReport build(Path output, Set<Format> formats) throws IOException {
        BuildRequest request =
                new BuildRequest(sources, output, formats, Optional.empty(), Optional.empty(), 2, TIMESTAMP, "test");
        return new BriefBuilder(request, new RecordingLog(log)).build();
    }

    private static BriefOutcome only(BuildReport report, String slug) {
        return report.outcomes().stream()
                .filter(outcome -> outcome.source().slug().equals(slug))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no outcome for " + slug + " in " + report));
    }

    private static String startOf(Path file, int bytes) throws IOException {
        byte[] start = new byte[bytes];
        try (var in = Files.newInputStream(file)) {
            assertThat(in.readNBytes(start, 0, bytes)).isEqualTo(bytes);
        }
        return new String(start, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
