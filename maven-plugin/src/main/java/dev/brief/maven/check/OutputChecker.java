package dev.brief.maven.check;

import dev.brief.check.PdfFlavour;
import dev.brief.core.diagnostic.Diagnostic;
import dev.brief.core.model.Brief;
import dev.brief.core.read.BriefReader;
import dev.brief.core.read.ReadResult;
import dev.brief.maven.build.AtomicOutput;
import dev.brief.maven.build.BriefSource;
import dev.brief.maven.build.BuildLog;
import dev.brief.maven.build.BuildRequest;
import dev.brief.maven.build.EditionFiles;
import dev.brief.maven.build.Format;
import dev.brief.maven.build.LoadedHouse;
import dev.brief.maven.build.SourceFinder;
import dev.brief.maven.build.SourceLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks the built outputs of every brief of a request: veraPDF (PDF/UA-1 and PDF/A-2a, or PDF/UA-2, PDF/A-4 and
 * WTPDF for a PDF that declares PDF/UA-2) and EPUBCheck, then our
 * own checks against the source (reading order, notes, alt text, heading levels, link texts). Writes
 * {@code accessibility-report.html} for a reviewer and {@code accessibility-report.xml} (JUnit XML) for CI
 * into each brief's output folder. Free of Maven types.
 */
public final class OutputChecker {
    public static final String REPORT = "accessibility-report.html";
    public static final String JUNIT_REPORT = "accessibility-report.xml";

    private final BuildRequest request;
    private final BuildLog log;

    public OutputChecker(BuildRequest request, BuildLog log) {
        this.request = request;
        this.log = log;
    }

    public List<BriefCheck> check() throws IOException {
        List<BriefCheck> checks = new ArrayList<>();
        LoadedHouse house = LoadedHouse.load(request);
        List<BriefSource> sources = new SourceFinder(log, request.legacy()).find(request.source());
        for (BriefSource source : sources) {
            BriefCheck check = check(source, house);
            write(check);
            // One numbered line per brief, then the findings of a brief that failed.
            String progress = "[" + (checks.size() + 1) + "/" + sources.size() + "] " + source.slug() + ": ";
            if (check.passed()) {
                log.info(progress + "all " + check.results().size() + " checks passed");
            } else {
                log.error(progress + check.failures().size() + " of "
                        + check.results().size() + " checks failed");
                for (CheckResult failure : check.failures()) {
                    failure.findings()
                            .forEach(finding -> log.error(source.slug() + ": " + failure.name() + ": " + finding));
                }
            }
            checks.add(check);
        }
        return checks;
    }

    private BriefCheck check(BriefSource source, LoadedHouse house) throws IOException {
        if (source.refused()) {
            return new BriefCheck(
                    source.slug(), source.file(), List.of(sourceReads(source, source.problems())), Optional.empty());
        }
        List<Diagnostic> diagnostics = new ArrayList<>(house.diagnostics());
        String text = SourceLoader.load(source, diagnostics);
        ReadResult read = BriefReader.read(text, SourceLoader.readAs(source), house.house());
        diagnostics.addAll(read.diagnostics());
        List<CheckResult> results = new ArrayList<>();
        results.add(sourceReads(source, diagnostics));
        Path folder = request.outputDirectory().resolve(source.slug());
        Optional<PdfStructure> structure = Optional.empty();
        if (current(Format.PDF, source, folder, results)) {
            Path pdf = folder.resolve(source.slug() + ".pdf");
            // The standards the file declares: a ua2 edition is checked as PDF/UA-2, PDF/A-4 and WTPDF.
            for (PdfFlavour flavour : DeclaredStandard.flavours(pdf)) {
                results.add(VeraPdfValidator.of(flavour).validate(pdf));
            }
            if (pdf.toFile().isFile()) {
                structure = readStructure(pdf, results);
                if (read.brief().isPresent() && structure.isPresent()) {
                    String output = pdf.getFileName().toString();
                    results.add(ReadingOrderCheck.check(
                            structure.get(),
                            read.brief().get(),
                            read.sourceMap(),
                            source.file().toString(),
                            output));
                    results.addAll(PdfStructureChecks.check(
                            structure.get(), read.brief().get(), output));
                }
            }
        }
        if (current(Format.EPUB, source, folder, results)) {
            Path epub = folder.resolve(source.slug() + ".epub");
            results.add(new EpubValidator().validate(epub));
            if (epub.toFile().isFile()) {
                String output = epub.getFileName().toString();
                List<MarkupDocuments.Named> documents = MarkupDocuments.ofEpub(epub);
                results.addAll(MarkupChecks.check(documents, "EPUB", output));
                read.brief().ifPresent(brief -> results.add(epubReadingOrder(epub, documents, brief, read, source)));
            }
        }
        if (current(Format.HTML, source, folder, results)) {
            Path html = folder.resolve(source.slug() + ".html");
            if (html.toFile().isFile()) {
                String output = html.getFileName().toString();
                List<MarkupDocuments.Named> documents = MarkupDocuments.ofHtml(html);
                results.addAll(MarkupChecks.check(documents, "HTML", output));
                read.brief()
                        .ifPresent(brief -> results.add(ReadingOrderCheck.check(
                                "HTML",
                                documents,
                                brief,
                                read.sourceMap(),
                                source.file().toString(),
                                output)));
            } else {
                results.add(
                        CheckResult.missing("HTML edition", html.getFileName().toString()));
            }
        }
        return new BriefCheck(source.slug(), source.file(), results, structure);
    }

    private static CheckResult sourceReads(BriefSource source, List<Diagnostic> diagnostics) {
        return new CheckResult(
                "source reads without errors",
                source.file().getFileName().toString(),
                diagnostics.stream()
                        .filter(Diagnostic::isError)
                        .map(diagnostic -> new Finding("", diagnostic.toString()))
                        .toList());
    }

    /**
     * True when {@code format} is to be checked and its edition is not older than the source. A stale edition
     * is one finding, "older than the source": its accessibility failures would be those of a text the source
     * no longer has.
     */
    private boolean current(Format format, BriefSource source, Path folder, List<CheckResult> results)
            throws IOException {
        if (!request.formats().contains(format)) {
            return false;
        }
        Path edition = folder.resolve(source.slug() + "." + format.extension());
        if (!Files.isRegularFile(edition) || !EditionFiles.olderThan(edition, source.file())) {
            return true;
        }
        String name = edition.getFileName().toString();
        results.add(new CheckResult(
                format.name() + " edition is current",
                name,
                List.of(new Finding(
                        name,
                        "older than the source " + source.file().getFileName() + ", so not checked; run brief:build"
                                + " (with brief.formats including " + format.extension() + "), then brief:check"))));
        return false;
    }

    private static CheckResult epubReadingOrder(
            Path epub, List<MarkupDocuments.Named> documents, Brief brief, ReadResult read, BriefSource source) {
        String output = epub.getFileName().toString();
        try {
            return ReadingOrderCheck.check(
                    "EPUB",
                    MarkupDocuments.ofEpubSpine(epub, documents),
                    brief,
                    read.sourceMap(),
                    source.file().toString(),
                    output);
        } catch (IOException e) {
            return new CheckResult(
                    "EPUB text follows the source",
                    output,
                    List.of(new Finding(output, "its reading order cannot be read: " + e.getMessage())));
        }
    }

    /** A PDF that PDFBox cannot open is a failed check, not a crashed build. */
    private static Optional<PdfStructure> readStructure(Path pdf, List<CheckResult> results) {
        try {
            return Optional.of(PdfTagReader.read(pdf));
        } catch (IOException e) {
            results.add(new CheckResult(
                    "PDF can be read",
                    pdf.getFileName().toString(),
                    List.of(new Finding(pdf.getFileName().toString(), "PDFBox cannot read it: " + e.getMessage()))));
            return Optional.empty();
        }
    }

    private void write(BriefCheck check) throws IOException {
        Path folder = request.outputDirectory().resolve(check.slug());
        try {
            AtomicOutput.write(
                    folder.resolve(REPORT),
                    out -> out.write(AccessibilityReportWriter.write(check).getBytes(StandardCharsets.UTF_8)));
            AtomicOutput.write(
                    folder.resolve(JUNIT_REPORT),
                    out -> out.write(JUnitReportWriter.write(check).getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }
}
