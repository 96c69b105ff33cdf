package dev.brief.core.diagnostic;

/** An error stops the brief from being built; a warning is reported and the build goes on. */
public enum Severity {
    ERROR,
    WARNING;

    String label() {
        return this == ERROR ? "error" : "warning";
    }
}
