package dev.brief.epub;

import com.adobe.epubcheck.messages.Severity;
import dev.brief.check.EpubCheckRunner;
import dev.brief.check.Finding;
import dev.brief.check.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The tests' short way to the shared EPUBCheck runner: its findings by EPUBCheck's severity, readably. */
final class EpubCheckReport {
    private final ValidationReport report;

    private EpubCheckReport(ValidationReport report) {
        this.report = report;
    }

    static EpubCheckReport check(byte[] epub, Path directory) throws IOException {
        Path file = Files.createTempFile(directory, "brief-", ".epub");
        Files.write(file, epub);
        return new EpubCheckReport(new EpubCheckRunner().check(file));
    }

    /** The findings of one severity; the runner keeps fatal errors, errors and warnings, so nothing else. */
    List<String> of(Severity severity) {
        return switch (severity) {
            case FATAL -> texts(report.findings(dev.brief.check.Severity.FATAL));
            case ERROR -> texts(report.findings(dev.brief.check.Severity.ERROR));
            case WARNING -> texts(report.findings(dev.brief.check.Severity.WARNING));
            default -> List.of();
        };
    }

    /** Fatal errors, errors and warnings: everything a clean EPUB must not have. */
    List<String> problems() {
        return texts(report.findings());
    }

    private static List<String> texts(List<Finding> findings) {
        return findings.stream().map(Finding::toString).toList();
    }
}
