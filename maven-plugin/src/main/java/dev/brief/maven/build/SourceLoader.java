package dev.brief.maven.build;

import dev.brief.core.diagnostic.Diagnostic;
import dev.brief.core.legacy.ImportResult;
import dev.brief.core.legacy.LegacyImporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /**
     * The path the text is read as. Imported text is read as the {@code .brief.md} that {@code brief:import}
     * would write beside the legacy file: the reader's positions are lines of the imported text, and naming
     * the legacy file would point at the wrong lines. Same folder, so figures resolve alike.
     */
    public static Path readAs(BriefSource source) {
        return source.legacy() ? SourceFinder.importedSibling(source.file()) : source.file();
    }
}
