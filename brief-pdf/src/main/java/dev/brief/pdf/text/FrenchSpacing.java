package dev.brief.pdf.text;

import java.util.Locale;

/**
 * French typography's narrow no-break space (U+202F, the "espace fine insécable") before {@code ; : ! ? »} and
 * after {@code «}, which the typesetter sets so that authors need not type it. Swiss French sets it only before
 * {@code :} and inside guillemets. Where the source has a space there, that space is set narrow and unbreakable;
 * where it has none, a narrow gap is added between the characters without adding one to the text, so the text
 * read from the PDF is still the source's.
 *
 * <p>The rule, kept simple on purpose: a gap goes before {@code ; : ! ?} only when a letter, a digit or a
 * closing bracket or quote stands before the mark and the mark ends its word (a space, the end of the text, or
 * more punctuation follows). So {@code 10:30}, {@code 3:2}, {@code https://…} and {@code mailto:…} are left
 * alone, and so is every word that looks like an address ({@code ://}, {@code @}, {@code www.}). A gap goes
 * after {@code «} and before {@code »} whenever a character other than a space stands on the other side.
 * No-break spaces the author typed (U+00A0, U+202F) are kept as they are.
 */
final class FrenchSpacing {
    /** The spacing of languages without such a rule: never applies. */
    static final FrenchSpacing NONE = new FrenchSpacing("");

    private static final String CLOSING = ")]}»”’\"'";
    private static final String TERMINAL = ".,;:!?…";

    /** The marks that take a narrow space before them (the closing guillemet is always one). */
    private final String before;

    private FrenchSpacing(String before) {
        this.before = before;
    }

    /** The spacing for a BCP 47 tag: French, Swiss French, or {@link #NONE} for any other language. */
    static FrenchSpacing forLanguage(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return NONE;
        }
        Locale locale = Locale.forLanguageTag(languageTag.strip().replace('_', '-'));
        if (!locale.getLanguage().equals("fr")) {
            return NONE;
        }
        return new FrenchSpacing(locale.getCountry().equals("CH") ? ":»" : ";:!?»");
    }

    /**
     * Whether the spaces {@code text[start, end)} (breaking spaces, between two other characters) stand where a
     * narrow no-break space belongs: before a mark that takes one, or after {@code «}.
     */
    boolean narrowsSpaces(CharSequence text, int start, int end) {
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
    boolean gapBefore(CharSequence text, int index) {
        if (this == NONE || index <= 0 || index >= text.length()) {
            return false;
        }
        char previous = text.charAt(index - 1);
        char mark = text.charAt(index);
        boolean wanted;
        if (previous == '«') {
            wanted = !Character.isWhitespace(mark);
        } else if (mark == '»') {
            wanted = !Character.isWhitespace(previous);
        } else {
            wanted = before.indexOf(mark) >= 0 && ends(text, index)
                    && (Character.isLetterOrDigit(previous) || CLOSING.indexOf(previous) >= 0);
        }
        return wanted && !inAddress(text, index);
    }

    /** Whether the mark at {@code index} ends its word: a space, the end, or more punctuation follows. */
    private static boolean ends(CharSequence text, int index) {
        if (index + 1 >= text.length()) {
            return true;
        }
        char next = text.charAt(index + 1);
        return Character.isWhitespace(next) || CLOSING.indexOf(next) >= 0 || TERMINAL.indexOf(next) >= 0;
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
