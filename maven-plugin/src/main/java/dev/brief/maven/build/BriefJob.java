package dev.brief.maven.build;

import dev.brief.core.diagnostic.Diagnostic;
import dev.brief.core.diagnostic.Severity;
import dev.brief.core.diagnostic.SourceMap;
import dev.brief.core.diagnostic.SourcePosition;
import dev.brief.core.model.Brief;
import dev.brief.core.read.BriefReader;
import dev.brief.core.read.ReadResult;
import dev.brief.pdf.UncoveredCharactersException;
import dev.brief.pdf.UnusableImageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds one brief: load (importing legacy Markdown in memory), read, skip if its outputs are current,
 * otherwise write every edition and stamp the folder. Problems in the source come back as diagnostics; a
 * writer's exception fails this brief only.
 */
final class BriefJob {
    private final BuildRequest request;
    private final LoadedHouse house;
    private final BuildLog log;
    private final Optional<WarmEditions> warm;

    BriefJob(BuildRequest request, LoadedHouse house, BuildLog log, Optional<WarmEditions> warm) {
        this.request = request;
        this.house = house;
        this.log = log;
        this.warm = warm;
    }

    BriefOutcome build(BriefSource source) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (source.refused()) {
            diagnostics.addAll(source.problems());
            report(diagnostics);
            return failed(source, diagnostics);
        }
        try {
            String text = SourceLoader.load(source, diagnostics);
            if (source.legacy()) {
                log.info(source.file() + ": legacy Markdown, imported in memory; positions after the importer's"
                        + " warnings are lines of the imported text, which brief:import writes to "
                        + SourceLoader.readAs(source).getFileName());
            }
            ReadResult read = BriefReader.read(text, SourceLoader.readAs(source), house.house());
            diagnostics.addAll(read.diagnostics());
            report(diagnostics);
            if (read.brief().isEmpty()) {
                return failed(source, diagnostics);
            }
            try {
                return write(source, read.brief().get(), diagnostics);
            } catch (UncoveredCharactersException e) {
                // A problem in the source, not a failure of the writer: report every character where it is.
                return failedInSource(
                        source,
                        diagnostics,
                        new UncoveredCharacterLocator(
                                        SourceLoader.readAs(source).toString(), text, read.sourceMap())
                                .diagnostics(e));
            } catch (UnusableImageException e) {
                // An image the PDF cannot embed validly: report it at the figure that shows it.
                return failedInSource(source, diagnostics, List.of(unusableImage(source, e, read.sourceMap())));
            }
        } catch (Exception | LinkageError e) {
            Diagnostic failure = writerFailure(source, e);
            log.error(failure.toString());
            log.debug(source.file() + ": stack trace", e);
            diagnostics.add(failure);
            return failed(source, diagnostics);
        }
    }

    private BriefOutcome write(BriefSource source, Brief brief, List<Diagnostic> diagnostics) throws Exception {
        Path folder = request.outputDirectory().resolve(source.slug());
        BuildStamp stamp = stampOf(source, brief);
        if (stamp.isCurrent(folder)) {
            List<BriefOutcome.Output> outputs = BuildStamp.outputs(folder).stream()
                    .map(file -> new BriefOutcome.Output(formatOf(file), file, 0, size(file), 0))
                    .toList();
            return new BriefOutcome(source, BriefOutcome.Status.UP_TO_DATE, diagnostics, outputs);
        }
        if (doubtful(source, diagnostics)
                && !EditionFiles.existing(folder, source.slug()).isEmpty()) {
            Diagnostic refusal = guessNotPublished(source, diagnostics);
            log.error(refusal.toString());
            diagnostics.add(refusal);
            return failed(source, diagnostics);
        }
        try (EditionStaging staging = EditionStaging.beside(folder)) {
            EditionInput input = new EditionInput(
                    brief, source, house.house().style(), request.timestamp(), staging.folder(), Optional.empty());
            List<BriefOutcome.Output> staged = new EditionWriters(request.formats(), warm).write(input);
            // Every edition was written: only now do they replace the previous ones.
            BuildStamp.clear(folder);
            List<BriefOutcome.Output> outputs = staging.commit(staged, folder);
            StaleEditions.remove(source, folder, request.formats(), log);
            stamp.write(folder, outputs.stream().map(BriefOutcome.Output::file).toList());
            return new BriefOutcome(source, BriefOutcome.Status.BUILT, diagnostics, outputs);
        }
    }

    /** A guess the author did not ask for: legacy Markdown imported on its own, with the importer's warnings. */
    private static boolean doubtful(BriefSource source, List<Diagnostic> diagnostics) {
        return source.kind() == BriefSource.Kind.LEGACY_DETECTED && !diagnostics.isEmpty();
    }

    private Diagnostic guessNotPublished(BriefSource source, List<Diagnostic> diagnostics) {
        return new Diagnostic(
                Severity.ERROR,
                new SourcePosition(source.file().toString(), 1, 1),
                "imported as legacy Markdown without being asked (brief.legacy=auto), with " + diagnostics.size()
                        + " inferences and repairs to review; a guess does not replace the previous editions,"
                        + " which are kept",
                "review the import: mvn brief:import -Dbrief.source=" + source.file() + " writes "
                        + SourceLoader.readAs(source).getFileName() + " to check and build; or build with"
                        + " -Dbrief.legacy=always to publish the import as it is");
    }

    /** A failed brief: its previous editions, if any, stay as they were, and the log says so. */
    private BriefOutcome failed(BriefSource source, List<Diagnostic> diagnostics) {
        List<Path> kept = EditionFiles.existing(request.outputDirectory().resolve(source.slug()), source.slug());
        if (!kept.isEmpty()) {
            log.warn(source.slug() + ": not built; the previous editions are kept unchanged ("
                    + EditionFiles.listed(kept) + ")");
        }
        return new BriefOutcome(source, BriefOutcome.Status.FAILED, diagnostics, List.of());
    }

    /** A brief whose source a writer found wrong: the problems where they are, and no half-written folder. */
    private BriefOutcome failedInSource(BriefSource source, List<Diagnostic> diagnostics, List<Diagnostic> problems)
            throws IOException {
        report(problems);
        diagnostics.addAll(problems);
        removeIfEmpty(request.outputDirectory().resolve(source.slug()));
        return failed(source, diagnostics);
    }

    /** A brief that failed before any edition was written leaves no folder behind. */
    private static void removeIfEmpty(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            try (var entries = Files.list(folder)) {
                if (entries.findAny().isEmpty()) {
                    Files.delete(folder);
                }
            }
        }
    }

    private BuildStamp stampOf(BriefSource source, Brief brief) throws IOException {
        List<Path> inputs = new ArrayList<>();
        inputs.add(source.file());
        inputs.addAll(InputCollector.imagesOf(brief, source.folder()));
        inputs.addAll(house.files());
        String settings = String.join(
                "\n",
                request.toolkitVersion(),
                request.formats().toString(),
                request.timestamp().toString(),
                house.settings(),
                source.kind().name());
        return BuildStamp.of(settings, inputs);
    }

    private void report(List<Diagnostic> diagnostics) {
        for (Diagnostic diagnostic : diagnostics) {
            if (diagnostic.isError()) {
                log.error(diagnostic.toString());
            } else {
                log.warn(diagnostic.toString());
            }
        }
    }

    /**
     * The figure's place in the source, or, for the house's logo, the house file's first line (or the brief's,
     * without a house file).
     */
    private Diagnostic unusableImage(BriefSource source, UnusableImageException e, SourceMap sourceMap) {
        SourcePosition at =
                e.elementId() == null ? null : sourceMap.position(e.elementId()).orElse(null);
        if (at == null) {
            Path file = e.elementId() == null
                    ? request.houseFile().orElse(SourceLoader.readAs(source))
                    : SourceLoader.readAs(source);
            at = new SourcePosition(file.toString(), 1, 1);
        }
        return new Diagnostic(Severity.ERROR, at, "image " + e.source() + ": " + e.problem(), e.fix());
    }

    /** An exception is a bug or an I/O failure, not a problem in the source: say so, and where it struck. */
    private static Diagnostic writerFailure(BriefSource source, Throwable e) {
        String message =
                e.getMessage() == null ? e.getClass().getName() : e.getClass().getSimpleName() + ": " + e.getMessage();
        return new Diagnostic(
                Severity.ERROR,
                new SourcePosition(source.file().toString(), 1, 1),
                "building this brief failed: " + message,
                "run Maven with -X for the stack trace; if the source is valid, this is a bug in Brief");
    }

    private static Format formatOf(Path file) {
        String name = file.getFileName().toString();
        return Format.parse(name.substring(name.lastIndexOf('.') + 1));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
