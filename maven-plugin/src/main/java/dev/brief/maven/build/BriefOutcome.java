package dev.brief.maven.build;

import dev.brief.core.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** What happened to one brief: built, skipped as up to date, or failed with its diagnostics. */
public record BriefOutcome(BriefSource source, Status status, List<Diagnostic> diagnostics, List<Output> outputs) {
    public enum Status {
        BUILT,
        UP_TO_DATE,
        FAILED
    }

    public BriefOutcome {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        diagnostics = List.copyOf(diagnostics);
        outputs = List.copyOf(outputs);
    }

    public boolean failed() {
        return status == Status.FAILED;
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    public List<Diagnostic> warnings() {
        return diagnostics.stream().filter(diagnostic -> !diagnostic.isError()).toList();
    }

    /**
     * One written file. {@code pages} is 0 when the format has no pages; {@code millis} is the time spent
     * writing it (0 for an output that was up to date).
     */
    public record Output(Format format, Path file, int pages, long bytes, long millis) {
        public Output {
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(file, "file");
        }

        /** An output just written, its time measured from {@code startNanos} ({@link System#nanoTime()}). */
        static Output timed(Format format, Path file, int pages, long bytes, long startNanos) {
            return new Output(format, file, pages, bytes, (System.nanoTime() - startNanos) / 1_000_000);
        }
    }
}
