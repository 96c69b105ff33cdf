package dev.brief.maven.build;

/**
 * Where the builder reports progress. Called from several threads at once, one whole line per call, so an
 * implementation only has to be thread-safe per line (Maven's log is).
 */
public interface BuildLog {
    void info(String line);

    void warn(String line);

    void error(String line);

    /** Detail for whoever asked for it (Maven's {@code -X}): the stack trace behind a failure. */
    default void debug(String line, Throwable cause) {}

    /** A log that drops everything, for callers that only want the returned report. */
    static BuildLog silent() {
        return new BuildLog() {
            @Override
            public void info(String line) {}

            @Override
            public void warn(String line) {}

            @Override
            public void error(String line) {}
        };
    }
}
