package dev.brief.core.legacy;

import dev.brief.core.diagnostic.Diagnostic;
import dev.brief.core.diagnostic.Diagnostics;
import dev.brief.core.diagnostic.SourcePosition;
import java.util.List;

/**
 * The importer's record of what it inferred and repaired. Every entry is a warning at a place in the legacy
 * input, saying what was done and how to check it, because each one is a guess a person should confirm.
 */
final class RepairLog {
    private final String file;
    private final Diagnostics diagnostics = new Diagnostics();

    RepairLog(String file) {
        this.file = file;
    }

    void warn(int line, int column, String what, String howToCheck) {
        diagnostics.warning(new SourcePosition(file, Math.max(1, line), Math.max(1, column)), what, howToCheck);
    }

    void warn(int line, String what, String howToCheck) {
        warn(line, 1, what, howToCheck);
    }

    List<Diagnostic> list() {
        return diagnostics.list();
    }
}
