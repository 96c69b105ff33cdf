package dev.brief.maven.build;

import dev.brief.core.diagnostic.Diagnostic;
import dev.brief.core.legacy.ImportResult;
import dev.brief.core.legacy.LegacyImporter;
import dev.brief.core.read.SourceDecoder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Turns legacy Markdown (extracted from a PDF) into the source format with brief-core's importer and writes
 * {@code <name>.brief.md} beside each file, or where asked. An existing converted file is kept unless
 * overwriting is asked for: after an import the publisher edits that file, and losing those edits is worse
 * than a stale import.
 */
public final class LegacyConverter {
    /** One converted file: where it was written (empty when it was left alone) and the importer's warnings. */
    public record Converted(Path legacy, Optional<Path> written, List<Diagnostic> diagnostics) {}

    private final BuildLog log;

    public LegacyConverter(BuildLog log) {
        this.log = log;
    }

    /**
     * Converts {@code source} (a legacy file, or a folder searched for files without front matter);
     * {@code output} is the target file for a single source file, or a folder for several.
     */
    public List<Converted> convert(Path source, Optional<Path> output, boolean overwrite) throws IOException {
        List<Converted> converted = new ArrayList<>();
        for (Path legacy : legacyFiles(source)) {
            Path target = target(source, legacy, output);
            if (Files.exists(target) && !overwrite) {
                log.warn(target + ": exists, left alone (it may hold your edits); set brief.overwrite=true to"
                        + " replace it");
                converted.add(new Converted(legacy, Optional.empty(), List.of()));
                continue;
            }
            ImportResult result = LegacyImporter.convert(legacy);
            result.diagnostics().forEach(diagnostic -> log.warn(diagnostic.toString()));
            try {
                AtomicOutput.write(target, out -> out.write(result.source().getBytes(StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(target + ": " + e.getMessage(), e);
            }
            log.info(legacy + " -> " + target + " (" + result.diagnostics().size() + " inferences and repairs"
                    + " to review)");
            converted.add(new Converted(legacy, Optional.of(target), result.diagnostics()));
        }
        if (converted.isEmpty()) {
            log.warn(source + ": no legacy Markdown found (files with front matter are already in the source"
                    + " format)");
        }
        return converted;
    }

    private static List<Path> legacyFiles(Path source) throws IOException {
        if (!Files.isDirectory(source)) {
            String text = SourceDecoder.decode(Files.readAllBytes(source));
            if (SourceFinder.hasFrontMatter(text)) {
                throw new IOException(source + ": already in the source format (it starts with front matter)");
            }
            // A brief whose opening --- was lost is not extracted Markdown: importing it would bury its keys.
            Optional<Diagnostic> unopened = SourceFinder.unopenedFrontMatter(text, source);
            if (unopened.isPresent()) {
                throw new IOException(unopened.get().toString());
            }
            return List.of(source);
        }
        try (Stream<Path> files = Files.walk(source)) {
            List<Path> legacy = new ArrayList<>();
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".md") && !name.endsWith(".brief.md")) {
                    String text = SourceDecoder.decode(Files.readAllBytes(file));
                    if (!SourceFinder.hasFrontMatter(text) && SourceFinder.looksLegacy(text)) {
                        legacy.add(file);
                    }
                }
            }
            return legacy;
        }
    }

    private static Path target(Path source, Path legacy, Optional<Path> output) {
        if (output.isEmpty()) {
            return SourceFinder.importedSibling(legacy);
        }
        if (!Files.isDirectory(source) && !Files.isDirectory(output.get())) {
            return output.get();
        }
        return output.get().resolve(SourceFinder.importedSibling(legacy).getFileName());
    }
}
