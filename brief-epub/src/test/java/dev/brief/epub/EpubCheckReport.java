package dev.brief.epub;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Runs EPUBCheck through its Java API and keeps every message by severity, with where it was found. */
final class EpubCheckReport extends MasterReport {
    private final Map<Severity, List<String>> messages = new EnumMap<>(Severity.class);

    static EpubCheckReport check(byte[] epub, Path directory) throws IOException {
        Path file = Files.createTempFile(directory, "brief-", ".epub");
        Files.write(file, epub);
        EpubCheckReport report = new EpubCheckReport();
        new EpubCheck(file.toFile(), report).doValidate();
        return report;
    }

    List<String> of(Severity severity) {
        return messages.getOrDefault(severity, List.of());
    }

    /** Fatal errors, errors and warnings: everything a clean EPUB must not have. */
    List<String> problems() {
        List<String> problems = new ArrayList<>(of(Severity.FATAL));
        problems.addAll(of(Severity.ERROR));
        problems.addAll(of(Severity.WARNING));
        return problems;
    }

    @Override
    public void message(Message message, EPUBLocation location, Object... arguments) {
        String text = message.getID() + " " + location.getPath() + ":" + location.getLine() + ":"
                + location.getColumn() + " " + message.getMessage(arguments);
        messages.computeIfAbsent(message.getSeverity(), key -> new ArrayList<>()).add(text);
    }

    @Override
    public void info(String resource, FeatureEnum feature, String value) {}

    @Override
    public int generate() {
        return 0;
    }

    @Override
    public void initialize() {}
}
