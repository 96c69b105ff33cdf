package dev.brief.maven.build;

import dev.brief.core.diagnostic.Diagnostic;
import dev.brief.core.diagnostic.Severity;
import dev.brief.core.diagnostic.SourcePosition;
import dev.brief.core.read.BriefReader;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds front matter that lost its opening {@code ---} line: the file starts with front matter keys
 * ({@code title: …}, {@code authors:}) instead. Such a file is a damaged brief, not an extracted one, and
 * importing it would print the keys as body text under a title made from the file name; it is an error.
 */
final class UnopenedFrontMatter {
    /** A YAML key as front matter writes it: lower case, at the start of the line, a colon, then a space or end. */
    private static final Pattern KEY_LINE = Pattern.compile("([a-z][a-z-]*):(\\s.*)?");
    /** How far past the first key another key or the closing {@code ---} may be. */
    private static final int LOOK_AHEAD = 20;

    private UnopenedFrontMatter() {}

    /**
     * The error, when the first non-blank line is a front matter key and another key or a {@code ---} line
     * follows within {@value #LOOK_AHEAD} lines.
     */
    static Optional<Diagnostic> find(String text, Path file) {
        String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\\r?\\n|\\r", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        if (first == lines.length || key(lines[first]) == null) {
            return Optional.empty();
        }
        boolean confirmed = false;
        for (int i = first + 1; i < Math.min(lines.length, first + 1 + LOOK_AHEAD); i++) {
            if (lines[i].strip().equals("---")) {
                return Optional.of(error(file, first + 1, key(lines[first]), i + 1));
            }
            confirmed |= key(lines[i]) != null;
        }
        return confirmed ? Optional.of(error(file, first + 1, key(lines[first]), 0)) : Optional.empty();
    }

    private static String key(String line) {
        Matcher matcher = KEY_LINE.matcher(line);
        return matcher.matches() && BriefReader.FRONT_MATTER_KEYS.contains(matcher.group(1)) ? matcher.group(1) : null;
    }

    private static Diagnostic error(Path file, int line, String key, int closingLine) {
        String closing = closingLine > 0
                ? "; the --- on line " + closingLine + " then closes it"
                : ", and another --- line after the last front matter line";
        return new Diagnostic(
                Severity.ERROR,
                new SourcePosition(file.toString(), line, 1),
                "the opening --- of the front matter is missing: line " + line + " (" + key + ":) starts front"
                        + " matter, but a brief's front matter must start with a line that holds only ---",
                "add a line with only --- at the top of the file" + closing);
    }
}
