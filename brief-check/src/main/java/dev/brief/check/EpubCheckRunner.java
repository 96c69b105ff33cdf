package dev.brief.check;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.util.FeatureEnum;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs EPUBCheck, the reference validator for EPUB, through its Java API. Fatal errors, errors and warnings
 * are findings (a clean edition has none of them); usage hints and information are not.
 */
public final class EpubCheckRunner {
    public static final String NAME = "EPUBCheck";

    public ValidationReport check(Path epub) {
        CollectingReport report = new CollectingReport();
        try {
            new EpubCheck(epub.toFile(), report).doValidate();
        } catch (RuntimeException e) {
            // EPUBCheck reports what it can read; what throws is a file it could not open at all.
            report.findings.add(new Finding(
                    Severity.FATAL, "EPUBCheck", "EPUBCheck could not read the file: " + e.getMessage(), ""));
        }
        return new ValidationReport(NAME, report.findings);
    }

    /** Keeps what EPUBCheck reports instead of printing it. */
    private static final class CollectingReport extends MasterReport {
        private final List<Finding> findings = new ArrayList<>();

        @Override
        public void message(Message message, EPUBLocation location, Object... arguments) {
            severity(message)
                    .ifPresent(severity -> findings.add(new Finding(
                            severity,
                            message.getID().toString(),
                            message.getMessage(arguments) + suggestion(message),
                            where(location))));
        }

        private static Optional<Severity> severity(Message message) {
            return switch (message.getSeverity()) {
                case FATAL -> Optional.of(Severity.FATAL);
                case ERROR -> Optional.of(Severity.ERROR);
                case WARNING -> Optional.of(Severity.WARNING);
                default -> Optional.empty();
            };
        }

        private static String suggestion(Message message) {
            String suggestion = message.getSuggestion();
            return suggestion == null || suggestion.isBlank() ? "" : " (" + suggestion + ")";
        }

        private static String where(EPUBLocation location) {
            if (location == null || location.getPath() == null) {
                return "";
            }
            return location.getLine() > 0
                    ? location.getPath() + ":" + location.getLine() + ":" + Math.max(location.getColumn(), 1)
                    : location.getPath();
        }

        @Override
        public void info(String path, FeatureEnum feature, String value) {}

        @Override
        public int generate() {
            return 0;
        }

        @Override
        public void initialize() {}
    }
}
