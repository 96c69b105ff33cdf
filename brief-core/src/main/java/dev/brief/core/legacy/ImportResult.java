package dev.brief.core.legacy;

import dev.brief.core.diagnostic.Diagnostic;
import java.util.List;
import java.util.Objects;

/**
 * A legacy brief converted to the source format. {@code source} is the whole converted file (YAML front
 * matter and Markdown body); {@code diagnostics} holds one warning per inference or repair, positioned in the
 * legacy input, so a publisher can check each one against the printed brief.
 */
public record ImportResult(String source, List<Diagnostic> diagnostics) {
    public ImportResult {
        Objects.requireNonNull(source, "source");
        diagnostics = List.copyOf(diagnostics);
    }
}
