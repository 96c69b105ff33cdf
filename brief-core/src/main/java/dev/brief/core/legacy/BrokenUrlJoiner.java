package dev.brief.core.legacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a URL broken across lines whole, as a word broken at a hyphen is read whole. A converter that joins the
 * lines of a paragraph with spaces leaves {@code https://www.example.gov/ about/budget}; the URL went on when
 * the URL so far ends in a character a URL continues after ({@code / - _ . = & ? # %}) and the next word looks like
 * the rest of an address (it has one of those characters itself, or the URL's last one cannot end an address).
 */
final class BrokenUrlJoiner {
    private static final String CONTINUES = "/-_.=&?#%~";
    private static final Pattern BREAK = Pattern.compile(
            "((?:https?://|www\\.)[^\\s<>()\\[\\]]*[" + Pattern.quote(CONTINUES) + "])\\s+([^\\s<>()\\[\\]]+)");

    private BrokenUrlJoiner() {}

    /** {@code line} with every URL broken at a space put back together; each join is reported. */
    static String join(String line, int lineNumber, RepairLog log) {
        Matcher broken = BREAK.matcher(line);
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (broken.find(from)) {
            if (!continues(broken.group(1), broken.group(2))) {
                out.append(line, from, broken.end(1));
                from = broken.end(1);
                continue;
            }
            out.append(line, from, broken.end(1)).append(broken.group(2));
            log.warn(
                    lineNumber,
                    broken.start(2) + 1,
                    "joined '" + broken.group(1) + "' and '" + broken.group(2)
                            + "' into one URL: a line break had split the address",
                    "check that the link opens the page the printed note names");
            from = broken.end(2);
        }
        out.append(line.substring(from));
        return out.toString();
    }

    /** Whether {@code next} goes on the address {@code url} (which ends in a character addresses continue after). */
    static boolean continues(String url, String next) {
        char last = url.charAt(url.length() - 1);
        if (next.isEmpty() || !Character.isLetterOrDigit(next.codePointAt(0))) {
            return false;
        }
        boolean looksLikePath = next.chars().anyMatch(c -> CONTINUES.indexOf(c) >= 0 && c != '.')
                || next.matches("[^.]+\\.[A-Za-z0-9]+.*");
        return looksLikePath || "-_=&?#%~".indexOf(last) >= 0;
    }
}
