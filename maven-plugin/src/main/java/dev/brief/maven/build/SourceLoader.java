package dev.brief.maven.build;

import dev.brief.core.diagnostic.Diagnostic;
import dev.brief.core.legacy.ImportResult;
import dev.brief.core.legacy.LegacyImporter;
import dev.brief.core.read.SourceDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The source text of a brief. Legacy Markdown is imported in memory, so that a publisher sees what the
 * importer inferred (its warnings) before deciding to run {@code brief:import} and edit the result.
 */
public final class SourceLoader {
    private SourceLoader() {}

    /**
     * The text to read. Bytes that are not UTF-8 come back escaped (see {@link SourceDecoder}), so the reader
     * fails this brief alone with the position of the first one, and the other briefs are still built.
     */
    public static String load(BriefSource source, List<Diagnostic> diagnostics) throws IOException {
        String text = SourceDecoder.decode(Files.readAllBytes(source.file()));
        if (!source.legacy() || !SourceDecoder.isUtf8(text)) {
            return text;
        }
        ImportResult imported = LegacyImporter.convert(text, source.file());
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
