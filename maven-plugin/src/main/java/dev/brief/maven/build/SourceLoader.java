package dev.brief.maven.build;

import dev.brief.core.diagnostic.Diagnostic;
import dev.brief.core.legacy.ImportResult;
import dev.brief.core.legacy.LegacyImporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

/**
 * The source text of a brief. Legacy Markdown is imported in memory, so that a publisher sees what the
 * importer inferred (its warnings) before deciding to run {@code brief:import} and edit the result.
 */
public final class SourceLoader {
    private SourceLoader() {}

    public static String load(BriefSource source, List<Diagnostic> diagnostics) throws IOException {
        if (!source.legacy()) {
            return Files.readString(source.file(), StandardCharsets.UTF_8);
        }
        ImportResult imported = LegacyImporter.convert(source.file());
        diagnostics.addAll(imported.diagnostics());
        return imported.source();
    }
}
