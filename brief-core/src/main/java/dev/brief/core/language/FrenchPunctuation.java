package dev.brief.core.language;

import java.util.Locale;

/**
 * French typography's narrow no-break space (U+202F, the "espace fine insécable") before {@code ; : ! ? »} and
 * after {@code «}, which the editions set so that authors need not type it. Swiss French sets it only before
 * {@code :} and inside guillemets. The PDF sets a space the source has there narrow and unbreakable, and draws
 * a narrow gap where the source has none without adding a character to its text; the HTML and EPUB editions
 * write U+202F ({@link #withNarrowSpaces}).
 *
 * <p>The rule, kept simple on purpose: a gap goes before {@code ; : ! ?} only when a letter, a digit or a
 * closing bracket or quote stands before the mark and the mark ends its word (a space, the end of the text, or
 * more punctuation follows). So {@code 10:30}, {@code 3:2}, {@code https://…} and {@code mailto:…} are left
 * alone, and so is every word that looks like an address ({@code ://}, {@code @}, {@code www.}). A gap goes
 * after {@code «} and before {@code »} whenever a character other than a space stands on the other side.
 * No-break spaces the author typed (U+00A0, U+202F) are kept as they are.
 */
public final class FrenchPunctuation {
    /** The spacing of languages without such a rule: never applies. */
    public static final FrenchPunctuation NONE = new FrenchPunctuation("");

    public static final char NARROW_NO_BREAK_SPACE = '\u202F';

    private static final String CLOSING = ")]}»”’\"'";
    private static final String TERMINAL = ".,;:!?…";

    /** The marks that take a narrow space before them (the closing guillemet is always one). */
    private final String before;

    private FrenchPunctuation(String before) {
        this.before = before;
    }

    /** The spacing for a BCP 47 tag: French, Swiss French, or {@link #NONE} for any other language. */
    public static FrenchPunctuation forLanguage(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return NONE;
        }
        Locale locale = Locale.forLanguageTag(languageTag.strip().replace('_', '-'));
        if (!locale.getLanguage().equals("fr")) {
            return NONE;
        }
        return new FrenchPunctuation(locale.getCountry().equals("CH") ? ":»" : ";:!?»");
    }

    /**
     * Whether the spaces {@code text[start, end)} (breaking spaces, between two other characters) stand where a
     * narrow no-break space belongs: before a mark that takes one, or after {@code «}.
     */
    public boolean narrowsSpaces(CharSequence text, int start, int end) {
        if (this == NONE || start == 0 || end >= text.length()) {
            return false;
        }
        char after = text.charAt(end);
        return text.charAt(start - 1) == '«' || (before.indexOf(after) >= 0 && ends(text, end));
    }

    /**
     * Whether a narrow gap belongs between {@code text[index - 1]} and {@code text[index]}, two characters of one
     * word (no space between them in the source).
     */
    public boolean gapBefore(CharSequence text, int index) {
        if (this == NONE || index <= 0 || index >= text.length()) {
            return false;
        }
        char previous = text.charAt(index - 1);
        char mark = text.charAt(index);
        boolean wanted;
        if (previous == '«') {
            wanted = !isSpace(mark);
        } else if (mark == '»') {
            wanted = !isSpace(previous);
        } else {
            wanted = before.indexOf(mark) >= 0
                    && ends(text, index)
                    && (Character.isLetterOrDigit(previous) || CLOSING.indexOf(previous) >= 0);
        }
        return wanted && !inAddress(text, index);
    }

    /** Whether the rule applies at all: false for every language but French. */
    public boolean applies() {
        return this != NONE;
    }

    /**
     * {@code text} with U+202F where the rule wants a narrow no-break space: in place of the spaces the source
     * has there (a run of them becomes one), and between the characters where it has none. The text itself
     * when nothing changes.
     */
    public String withNarrowSpaces(String text) {
        if (this == NONE) {
            return text;
        }
        StringBuilder out = null;
        int length = text.length();
        for (int i = 0; i < length; ) {
            int end = i;
            while (end < length && isBreakingSpace(text.charAt(end))) {
                end++;
            }
            if (end > i && narrowsSpaces(text, i, end)) {
                out = copied(out, text, i).append(NARROW_NO_BREAK_SPACE);
                i = end;
                continue;
            }
            if (end == i && gapBefore(text, i)) {
                out = copied(out, text, i).append(NARROW_NO_BREAK_SPACE);
            }
            int next = Math.max(end, i + 1);
            if (out != null) {
                out.append(text, i, next);
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    /** The builder, made on the first change with the text before it. */
    private static StringBuilder copied(StringBuilder out, String text, int upTo) {
        return out != null ? out : new StringBuilder(text.length() + 8).append(text, 0, upTo);
    }

    private static boolean isBreakingSpace(char c) {
        return c == ' ' || c == '\t';
    }

    /** Whether the mark at {@code index} ends its word: a space, the end, or more punctuation follows. */
    private static boolean ends(CharSequence text, int index) {
        if (index + 1 >= text.length()) {
            return true;
        }
        char next = text.charAt(index + 1);
        return isSpace(next) || CLOSING.indexOf(next) >= 0 || TERMINAL.indexOf(next) >= 0;
    }

    /** Spaces of every kind, the no-break ones the author typed too (which {@link Character#isWhitespace} is not). */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Whether the word around {@code index} looks like a URL or an e-mail address. */
    private static boolean inAddress(CharSequence text, int index) {
        int start = index;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        int end = index;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        String word = text.subSequence(start, end).toString();
        return word.contains("://") || word.indexOf('@') >= 0 || word.startsWith("www.");
    }
}
