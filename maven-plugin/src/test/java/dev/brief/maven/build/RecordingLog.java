package dev.brief.maven.build;

import java.util.List;

/** Keeps every log line, prefixed with its level, for tests to inspect. */
public final class RecordingLog implements BuildLog {
    private final List<String> lines;

    public RecordingLog(List<String> lines) {
        this.lines = lines;
    }

    @Override
    public synchronized void info(String line) {
        lines.add("info " + line);
    }

    @Override
    public synchronized void warn(String line) {
        lines.add("warn " + line);
    }

    @Override
    public synchronized void error(String line) {
        lines.add("error " + line);
    }
}
