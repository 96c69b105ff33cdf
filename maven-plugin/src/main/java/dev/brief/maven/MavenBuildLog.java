package dev.brief.maven;

import dev.brief.maven.build.BuildLog;
import org.apache.maven.plugin.logging.Log;

/** The builder's log lines, sent to Maven's log. */
final class MavenBuildLog {
    private MavenBuildLog() {}

    static BuildLog of(Log log) {
        return BuildLog.of(log::info, log::warn, log::error, log::debug);
    }
}
