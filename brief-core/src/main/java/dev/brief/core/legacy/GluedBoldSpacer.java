package dev.brief.core.legacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back the space a converter lost after a bold lead-in ending in punctuation ({@code **Civil Rights:**The
 * court held}). As written, Markdown does not close the bold there (a closing {@code **} after punctuation must be
 * followed by a space or punctuation), so the reader would print the asterisks.
 */
final class GluedBoldSpacer {
    private static final Pattern GLUED = Pattern.compile("(\\*\\*[^*\\s](?:[^*]*?)[.:;,!?])\\*\\*(?=[\\p{L}\\p{N}])");

    private GluedBoldSpacer() {}

    static String line(String line, int lineNumber, RepairLog log) {
        Matcher glued = GLUED.matcher(line);
        StringBuilder out = new StringBuilder();
        while (glued.find()) {
            log.warn(
                    lineNumber,
                    "put a space after the bold lead-in '" + Markup.plain(glued.group(1) + "**")
                            + "': the converter had glued it to the next word",
                    "nothing to do if the line reads well");
            glued.appendReplacement(out, Matcher.quoteReplacement(glued.group(1) + "** "));
        }
        glued.appendTail(out);
        return out.toString();
    }
}
