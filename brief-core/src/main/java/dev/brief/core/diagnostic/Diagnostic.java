package dev.brief.core.diagnostic;

import java.util.Objects;

/**
 * One problem found in a brief: where, what, and how to fix it. Printed as
 * {@code file:line:column: error: message (fix)} so editors and CI logs can link to the place.
 */
public record Diagnostic(Severity severity, SourcePosition position, String message, String fix) {
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fix, "fix");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        String text = position + ": " + severity.label() + ": " + message;
        return fix.isEmpty() ? text : text + " (" + fix + ")";
    }
}
