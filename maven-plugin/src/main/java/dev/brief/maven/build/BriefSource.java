package dev.brief.maven.build;

import dev.brief.core.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One brief to build: its file, the slug that names its output folder and files, how it is read, and, for a
 * refused file, the errors that say why.
 */
public record BriefSource(Path file, String slug, Kind kind, List<Diagnostic> problems) {
    /** How the file is read. */
    public enum Kind {
        /** In the source format (or not UTF-8, which the reader reports where it is). */
        SOURCE_FORMAT,
        /** Legacy Markdown imported in memory because the author asked for it ({@link LegacyMode#ALWAYS}). */
        LEGACY_ASKED,
        /** Legacy Markdown imported in memory because it is unmistakably extracted ({@link ExtractionSigns}). */
        LEGACY_DETECTED,
        /** Not built: {@link #problems()} says why and how to fix it. */
        REFUSED
    }

    public BriefSource {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(kind, "kind");
        problems = List.copyOf(problems);
        if ((kind == Kind.REFUSED) == problems.isEmpty()) {
            throw new IllegalArgumentException("a refused source, and only that, has problems: " + kind);
        }
    }

    /** A brief in the source format ({@code legacy} false) or legacy Markdown imported as asked. */
    public BriefSource(Path file, String slug, boolean legacy) {
        this(file, slug, legacy ? Kind.LEGACY_ASKED : Kind.SOURCE_FORMAT, List.of());
    }

    /** True when the file is legacy Markdown, imported in memory before reading. */
    public boolean legacy() {
        return kind == Kind.LEGACY_ASKED || kind == Kind.LEGACY_DETECTED;
    }

    public boolean refused() {
        return kind == Kind.REFUSED;
    }

    /** The folder figures and the logo are resolved against. */
    public Path folder() {
        return file.toAbsolutePath().getParent();
    }
}
