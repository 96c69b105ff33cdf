package dev.brief.core.read;

import dev.brief.core.diagnostic.Diagnostics;
import dev.brief.core.diagnostic.SourcePosition;

/**
 * Control characters in a source (a bell, a NUL, an escape sequence pasted from a terminal) are not text: no
 * edition can show them, XML forbids most of them, and a PDF would drop them silently. Each is an error at
 * its own line and column, so the author sees where the paste went wrong. Tabs and line ends are kept.
 */
final class ControlCharacters {
    /** Beyond this many, one more error says how many there are: a binary file pasted in is one mistake. */
    private static final int REPORTED = 10;

    private ControlCharacters() {}

    static void report(String text, String name, Diagnostics diagnostics) {
        int line = 1;
        int lineStart = 0;
        int found = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (c != '\t' && Character.getType(c) == Character.CONTROL) {
                found++;
                if (found <= REPORTED) {
                    String unicodeName = Character.getName(c);
                    diagnostics.error(
                            new SourcePosition(name, line, i - lineStart + 1),
                            String.format(
                                    "control character U+%04X%s is not text and cannot be printed",
                                    (int) c, unicodeName == null ? "" : " (" + unicodeName + ")"),
                            "delete it; such characters come with text pasted from a terminal or another program");
                }
            }
        }
        if (found > REPORTED) {
            diagnostics.error(
                    new SourcePosition(name, 1, 1),
                    (found - REPORTED) + " more control characters in the file",
                    "delete them; a search for the characters above finds the others");
        }
    }
}
