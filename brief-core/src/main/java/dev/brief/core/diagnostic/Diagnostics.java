package dev.brief.core.diagnostic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem of one brief so that all of them are reported in one pass. */
public final class Diagnostics {
    private final List<Diagnostic> all = new ArrayList<>();

    public void error(SourcePosition position, String message, String fix) {
        all.add(new Diagnostic(Severity.ERROR, position, message, fix));
    }

    public void warning(SourcePosition position, String message, String fix) {
        all.add(new Diagnostic(Severity.WARNING, position, message, fix));
    }

    public void add(Diagnostic diagnostic) {
        all.add(diagnostic);
    }

    public boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    /** All problems, ordered by file, line and column so the report reads top to bottom. */
    public List<Diagnostic> list() {
        return all.stream()
                .sorted(Comparator.comparing((Diagnostic d) -> d.position().file())
                        .thenComparingInt(d -> d.position().line())
                        .thenComparingInt(d -> d.position().column()))
                .toList();
    }
}
