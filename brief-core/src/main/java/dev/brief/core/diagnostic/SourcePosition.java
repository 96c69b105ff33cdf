package dev.brief.core.diagnostic;

import java.util.Objects;

/** A place in a source file; lines and columns count from 1, as editors show them. */
public record SourcePosition(String file, int line, int column) {
    public SourcePosition {
        Objects.requireNonNull(file, "file");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column count from 1: " + line + ":" + column);
        }
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
