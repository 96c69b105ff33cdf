package dev.brief.maven.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything checked about one brief's outputs: every check's result, and what the PDF's tag tree looks like
 * (for the reviewer's report; empty when there was no PDF to read).
 */
public record BriefCheck(String slug, Path source, List<CheckResult> results, Optional<PdfStructure> pdf) {
    public BriefCheck {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(source, "source");
        results = List.copyOf(results);
        Objects.requireNonNull(pdf, "pdf");
    }

    public boolean passed() {
        return results.stream().allMatch(CheckResult::passed);
    }

    public List<CheckResult> failures() {
        return results.stream().filter(result -> !result.passed()).toList();
    }
}
