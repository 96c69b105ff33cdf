package dev.brief.core.read;

import dev.brief.core.diagnostic.Diagnostic;
import dev.brief.core.diagnostic.SourceMap;
import dev.brief.core.model.Brief;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of reading one brief: the brief (present iff there were no errors), where each of its
 * elements came from, and every problem found, errors and warnings, ordered by position.
 */
public record ReadResult(Optional<Brief> brief, SourceMap sourceMap, List<Diagnostic> diagnostics) {
    public ReadResult {
        Objects.requireNonNull(brief, "brief");
        Objects.requireNonNull(sourceMap, "sourceMap");
        diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    public List<Diagnostic> warnings() {
        return diagnostics.stream().filter(diagnostic -> !diagnostic.isError()).toList();
    }
}
