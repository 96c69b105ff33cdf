package dev.brief.maven.build;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

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
        return of(line -> {}, line -> {}, line -> {}, (line, cause) -> {});
    }

    /**
     * A log that hands each kind of line to its own function: another log's methods (Maven's, say), or nothing
     * for the lines a caller drops.
     */
    static BuildLog of(
            Consumer<String> info, Consumer<String> warn, Consumer<String> error, BiConsumer<String, Throwable> debug) {
        return new BuildLog() {
            @Override
            public void info(String line) {
                info.accept(line);
            }

            @Override
            public void warn(String line) {
                warn.accept(line);
            }

            @Override
            public void error(String line) {
                error.accept(line);
            }

            @Override
            public void debug(String line, Throwable cause) {
                debug.accept(line, cause);
            }
        };
    }
}
