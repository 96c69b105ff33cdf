package dev.brief.maven.build;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One brief to build: its file, the slug that names its output folder and files, and whether it is in the
 * source format or legacy Markdown extracted from a PDF (imported in memory before reading).
 */
public record BriefSource(Path file, String slug, boolean legacy) {
    public BriefSource {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(slug, "slug");
    }

    /** The folder figures and the logo are resolved against. */
    public Path folder() {
        return file.toAbsolutePath().getParent();
    }
}
