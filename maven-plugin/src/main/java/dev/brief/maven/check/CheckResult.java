package dev.brief.maven.check;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of one check on one output: {@code name} says what was checked ("veraPDF PDF/UA-1"),
 * {@code output} which file; an empty list of findings means it passed.
 */
public record CheckResult(String name, String output, List<Finding> findings) {
    public CheckResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(output, "output");
        findings = List.copyOf(findings);
    }

    public boolean passed() {
        return findings.isEmpty();
    }

    static CheckResult missing(String name, String output) {
        return new CheckResult(
                name, output, List.of(new Finding(output, "the file is missing; run brief:build before brief:check")));
    }
}
