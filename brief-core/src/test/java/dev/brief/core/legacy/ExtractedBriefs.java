package dev.brief.core.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.diagnostic.Diagnostic;
import dev.brief.core.house.House;
import dev.brief.core.model.Brief;
import dev.brief.core.read.BriefReader;
import dev.brief.core.read.ReadResult;
import java.nio.file.Path;
import java.util.List;

/**
 * The path every extraction-rule test takes: extracted text through the importer, the converted source through
 * the reader. A repair that leaves a source the reader rejects fails here, with that source in the message.
 */
final class ExtractedBriefs {
    /** The name the extracted text is imported under, which diagnostics show. */
    static final Path FILE = Path.of("extracted.md");

    private ExtractedBriefs() {}

    static ImportResult imported(String legacy) {
        return LegacyImporter.convert(legacy, FILE);
    }

    /** The brief read from the converted source, which must read without errors. */
    static Brief read(ImportResult imported) {
        ReadResult read = BriefReader.read(imported.source(), FILE, House.defaults());
        assertThat(read.diagnostics())
                .as("reader diagnostics of\n%s", imported.source())
                .noneMatch(Diagnostic::isError);
        return read.brief().orElseThrow();
    }

    /** The importer's messages, for the rule that should have left one. */
    static List<String> warnings(ImportResult imported) {
        return imported.diagnostics().stream().map(Diagnostic::message).toList();
    }
}
