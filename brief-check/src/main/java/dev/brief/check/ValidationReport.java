package dev.brief.check;

import java.util.List;
import java.util.Objects;

/**
 * What one validator said about one file: {@code validator} names it and the standard it checked
 * ("veraPDF PDF/UA-1", "EPUBCheck"); the file passed when there are no findings.
 */
public record ValidationReport(String validator, List<Finding> findings) {
    public ValidationReport {
        Objects.requireNonNull(validator, "validator");
        findings = List.copyOf(findings);
    }

    public boolean passed() {
        return findings.isEmpty();
    }

    public List<Finding> findings(Severity severity) {
        return findings.stream()
                .filter(finding -> finding.severity() == severity)
                .toList();
    }
}
