package dev.brief.maven.build;

import java.util.Locale;

/**
 * The log line of a brief: {@code civic-data-trusts: built in 1502 ms: civic-data-trusts.pdf: 8 pages, 412 kB,
 * 1234 ms; civic-data-trusts.html: …}, or that it was up to date, or how many errors it failed with.
 */
final class OutcomeLine {
    private OutcomeLine() {}

    static String ofBrief(BriefOutcome outcome, long millis) {
        String slug = outcome.source().slug();
        int warnings = outcome.warnings().size();
        String warned = warnings == 0 ? "" : warnings == 1 ? ", 1 warning" : ", " + warnings + " warnings";
        return switch (outcome.status()) {
            case BUILT ->
                slug + ": built in " + millis + " ms" + warned + ": "
                        + String.join(
                                "; ",
                                outcome.outputs().stream().map(OutcomeLine::of).toList());
            case UP_TO_DATE ->
                slug + ": up to date (source, images, house file and toolkit unchanged), skipped" + warned;
            case FAILED -> slug + ": failed with " + count(outcome.errors().size(), "error") + warned;
        };
    }

    private static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    static String of(BriefOutcome.Output output) {
        StringBuilder line =
                new StringBuilder().append(output.file().getFileName()).append(": ");
        if (output.pages() > 0) {
            line.append(output.pages()).append(output.pages() == 1 ? " page, " : " pages, ");
        }
        return line.append(size(output.bytes()))
                .append(", ")
                .append(output.millis())
                .append(" ms")
                .toString();
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
