package dev.brief.core.legacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes what PDF-to-Markdown converters leave in running text: backslash escapes of characters that mean
 * nothing in Markdown where they stand ({@code \$}, {@code \\_} inside a word or URL) and HTML entities for
 * ordinary characters ({@code &amp;}, {@code &#39;}). An escape or entity that still protects Markdown syntax
 * (a {@code \*}, a {@code 1\.} at the start of a line, {@code &lt;}) is kept, since removing it would change
 * what the text means.
 */
final class ExtractionCleaner {
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});");
    private static final Pattern ENTITY_AHEAD = Pattern.compile("([A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);");
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"),
            Map.entry("quot", "\""),
            Map.entry("apos", "'"),
            Map.entry("nbsp", "\u00a0"),
            Map.entry("ndash", "\u2013"),
            Map.entry("mdash", "\u2014"),
            Map.entry("hellip", "\u2026"),
            Map.entry("lsquo", "\u2018"),
            Map.entry("rsquo", "\u2019"),
            Map.entry("ldquo", "\u201c"),
            Map.entry("rdquo", "\u201d"),
            Map.entry("shy", ""),
            Map.entry("copy", "\u00a9"));
    /** Characters that Markdown could read as syntax; an entity standing for one of them stays. */
    private static final String MARKDOWN_SIGNIFICANT = "<>*_[]\\`#|!&";
    /** Escaped characters with no Markdown meaning anywhere in a line. */
    private static final String PLAIN_AFTER_BACKSLASH = "$%@'\",;?=/";

    private ExtractionCleaner() {}

    static List<String> clean(List<String> lines, RepairLog log) {
        List<String> cleaned = new ArrayList<>(lines.size());
        boolean inFence = false;
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index);
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                inFence = !inFence;
            }
            cleaned.add(inFence ? line : cleanLine(line, index + 1, log));
        }
        return cleaned;
    }

    /** One pass over the line, so that every warning's column is a column of the input as written. */
    private static String cleanLine(String line, int lineNumber, RepairLog log) {
        StringBuilder out = new StringBuilder(line.length());
        Findings escapes = new Findings();
        Findings entities = new Findings();
        Matcher entity = ENTITY.matcher(line);
        int i = 0;
        while (i < line.length()) {
            int skip = escapeLength(line, i, out);
            String replacement =
                    line.charAt(i) == '&' && entity.region(i, line.length()).lookingAt()
                            ? replacement(entity.group(1))
                            : null;
            if (skip > 0) {
                escapes.add(line.substring(i, i + skip + 1), i + 1);
                out.append(line.charAt(i + skip));
                i += skip + 1;
            } else if (replacement != null && !("&".equals(replacement) && formsEntity(line, entity.end()))) {
                entities.add(entity.group(), i + 1);
                out.append(replacement);
                i = entity.end();
            } else {
                out.append(line.charAt(i));
                i++;
            }
        }
        if (escapes.count > 0) {
            log.warn(
                    lineNumber,
                    escapes.firstColumn,
                    "removed " + escapes.count + " converter escape" + (escapes.count == 1 ? "" : "s") + " ("
                            + escapes.kinds + ")",
                    "the escaped characters are now plain text; check the line reads as printed");
        }
        if (entities.count > 0) {
            log.warn(
                    lineNumber,
                    entities.firstColumn,
                    "decoded " + entities.count + " HTML entit" + (entities.count == 1 ? "y" : "ies") + " ("
                            + entities.kinds + ")",
                    "the entities are now the characters they stood for; check the line reads as printed");
        }
        return out.toString();
    }

    /** True when an ampersand at this place would start an entity of its own ("&amp;copy;" stays as it is). */
    private static boolean formsEntity(String line, int from) {
        return ENTITY_AHEAD.matcher(line).region(from, line.length()).lookingAt();
    }

    /** What one kind of repair changed on a line: how often, which forms, from which column. */
    private static final class Findings {
        private int count;
        private int firstColumn;
        private final StringBuilder kinds = new StringBuilder();

        void add(String form, int column) {
            count++;
            firstColumn = firstColumn == 0 ? column : firstColumn;
            if (kinds.indexOf(form) < 0) {
                kinds.append(kinds.length() == 0 ? "" : " ").append(form);
            }
        }
    }

    /** How many backslashes at {@code i} to drop (0 to keep the character as it is). */
    private static int escapeLength(String line, int i, CharSequence before) {
        if (line.charAt(i) != '\\' || i + 1 >= line.length()) {
            return 0;
        }
        char next = line.charAt(i + 1);
        char previous = before.length() == 0 ? ' ' : before.charAt(before.length() - 1);
        if (next == '\\' && i + 2 < line.length() && line.charAt(i + 2) == '_' && wordBefore(previous)) {
            return 2; // "commentary\\_193": a doubly escaped underscore inside a word or URL
        }
        if (next == '_'
                && wordBefore(previous)
                && i + 2 < line.length()
                && Character.isLetterOrDigit(line.charAt(i + 2))) {
            return 1;
        }
        if (PLAIN_AFTER_BACKSLASH.indexOf(next) >= 0) {
            return 1;
        }
        boolean lineStart = before.toString().isBlank();
        boolean afterNumberAtStart = before.toString().strip().matches("[0-9]+");
        if ((next == '-' || next == '+') && !lineStart) {
            return 1;
        }
        if (next == '.' && !afterNumberAtStart) {
            return 1;
        }
        if ((next == '(' || next == ')') && previous != ']') {
            return 1;
        }
        if (next == '&' && !formsEntity(line, i + 2)) {
            return 1;
        }
        return 0;
    }

    private static boolean wordBefore(char previous) {
        return Character.isLetterOrDigit(previous) || previous == '/' || previous == '-';
    }

    /** The text an entity stands for, or null to keep it (unknown, or Markdown would read it as syntax). */
    private static String replacement(String name) {
        if (name.startsWith("#")) {
            boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
            int codePoint;
            try {
                codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
            } catch (NumberFormatException tooLong) {
                return null;
            }
            if (codePoint < 0x20
                    || codePoint > 0x10FFFF
                    || (codePoint >= 0xD800 && codePoint <= 0xDFFF)
                    || codePoint == 0x7F
                    || (codePoint < 0x80 && MARKDOWN_SIGNIFICANT.indexOf(codePoint) >= 0)) {
                return null;
            }
            return new String(Character.toChars(codePoint));
        }
        return NAMED.get(name);
    }
}
