package dev.brief.maven;

import dev.brief.maven.build.BuildLog;
import org.apache.maven.plugin.logging.Log;

/** The builder's log lines, sent to Maven's log. */
final class MavenBuildLog implements BuildLog {
    private final Log log;

    MavenBuildLog(Log log) {
        this.log = log;
    }

    @Override
    public void info(String line) {
        log.info(line);
    }

    @Override
    public void warn(String line) {
        log.warn(line);
    }

    @Override
    public void error(String line) {
        log.error(line);
    }

    @Override
    public void debug(String line, Throwable cause) {
        log.debug(line, cause);
    }
}
