package dev.brief.maven.check;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Validates an EPUB with EPUBCheck; every error and warning (fatal ones too) becomes a finding. */
public final class EpubValidator {
    static final String NAME = "EPUBCheck";

    public CheckResult validate(Path epub) {
        String output = epub.getFileName().toString();
        if (!Files.isRegularFile(epub)) {
            return CheckResult.missing(NAME, output);
        }
        CollectingReport report = new CollectingReport(output);
        try {
            new EpubCheck(epub.toFile(), report).doValidate();
        } catch (RuntimeException e) {
            report.findings.add(new Finding(output, "EPUBCheck could not read the file: " + e.getMessage()));
        }
        return new CheckResult(NAME, output, report.findings);
    }

    /** Keeps what EPUBCheck reports instead of printing it. */
    private static final class CollectingReport extends MasterReport {
        private final List<Finding> findings = new ArrayList<>();
        private final String output;

        CollectingReport(String output) {
            this.output = output;
        }

        @Override
        public void message(Message message, EPUBLocation location, Object... arguments) {
            Severity severity = message.getSeverity();
            if (severity == Severity.ERROR || severity == Severity.FATAL || severity == Severity.WARNING) {
                String where = location == null || location.getPath() == null ? output
                        : output + "/" + location.getPath() + (location.getLine() > 0
                                ? ":" + location.getLine() + ":" + Math.max(location.getColumn(), 1) : "");
                String suggestion = message.getSuggestion() == null || message.getSuggestion().isBlank() ? ""
                        : " (" + message.getSuggestion() + ")";
                findings.add(new Finding(where, severity.toString().toLowerCase(Locale.ROOT) + " "
                        + message.getID() + ": " + message.getMessage(arguments) + suggestion));
            }
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
