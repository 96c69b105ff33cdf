package dev.brief.maven.build;

import java.util.Locale;

/** The one log line per brief and format: {@code civic-data-trusts.pdf: 8 pages, 412 kB, 1234 ms}. */
final class OutcomeLine {
    private OutcomeLine() {}

    static String of(BriefOutcome.Output output) {
        StringBuilder line = new StringBuilder().append(output.file().getFileName()).append(": ");
        if (output.pages() > 0) {
            line.append(output.pages()).append(output.pages() == 1 ? " page, " : " pages, ");
        }
        return line.append(size(output.bytes())).append(", ").append(output.millis()).append(" ms").toString();
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f kB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
