package dev.brief.maven.build;

import java.util.ArrayList;
import java.util.List;

/**
 * The log of a build of many briefs: one line per brief as it finishes, numbered {@code [n/N]}, followed by
 * that brief's own messages (its diagnostics, the importer's notes). Each brief's messages are held back
 * while it builds and written as one block, so briefs built in parallel never interleave their lines.
 */
final class BriefProgress {
    private final BuildLog log;
    private final int total;
    private int finished;

    BriefProgress(BuildLog log, int total) {
        this.log = log;
        this.total = total;
    }

    /** A log for one brief's build, to be handed back to {@link #finished}. */
    HeldLines hold() {
        return new HeldLines();
    }

    synchronized void finished(BriefOutcome outcome, HeldLines lines, long millis) {
        finished++;
        String line = "[" + finished + "/" + total + "] " + OutcomeLine.ofBrief(outcome, millis);
        if (outcome.failed()) {
            log.error(line);
        } else {
            log.info(line);
        }
        lines.replay(log);
    }

    /** The messages of one brief, kept in order until the brief is done. */
    static final class HeldLines implements BuildLog {
        private enum Level {
            INFO,
            WARN,
            ERROR,
            DEBUG
        }

        private record Line(Level level, String text, Throwable cause) {}

        private final List<Line> lines = new ArrayList<>();

        @Override
        public synchronized void info(String line) {
            lines.add(new Line(Level.INFO, line, null));
        }

        @Override
        public synchronized void warn(String line) {
            lines.add(new Line(Level.WARN, line, null));
        }

        @Override
        public synchronized void error(String line) {
            lines.add(new Line(Level.ERROR, line, null));
        }

        @Override
        public synchronized void debug(String line, Throwable cause) {
            lines.add(new Line(Level.DEBUG, line, cause));
        }

        private synchronized void replay(BuildLog log) {
            for (Line line : lines) {
                switch (line.level()) {
                    case INFO -> log.info(line.text());
                    case WARN -> log.warn(line.text());
                    case ERROR -> log.error(line.text());
                    case DEBUG -> log.debug(line.text(), line.cause());
                }
            }
        }
    }
}
