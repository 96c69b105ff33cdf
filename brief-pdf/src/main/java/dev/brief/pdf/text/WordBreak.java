package dev.brief.pdf.text;

import java.util.Optional;
import java.util.regex.Pattern;

/** The ways a line may end inside a word, with TeX's customary penalties. */
enum WordBreak {
    /** At a hyphenation point of the patterns; a hyphen is added. */
    HYPHENATION(50, true, true),
    /** At a soft hyphen of the source; a hyphen is added. */
    SOFT_HYPHEN(50, true, true),
    /** After a hyphen or dash of the source; nothing is added. */
    EXPLICIT(50, true, false),
    /** After a slash, full stop or similar inside a URL or path; nothing is added. */
    URL(100, false, false),
    /**
     * After a hyphen inside a URL; nothing is added. Discouraged: the reader cannot tell it from a
     * hyphen the typesetter added.
     */
    URL_HYPHEN(500, false, false),
    /** At a zero-width space of the source. */
    ZERO_WIDTH(0, false, false),
    /**
     * Between the characters of Chinese or Japanese text, where UAX #14 allows a line to end (not before 、。」）
     * and the like, not after 「（); set as glue that stretches, so justified lines space their characters.
     */
    IDEOGRAPHIC(0, false, false),
    /** Anywhere, when nothing else keeps a line from being overfull; nothing is added. */
    EMERGENCY(1_000, false, false);

    private static final Pattern URL_LIKE =
            Pattern.compile("://|^www\\.|^[\\w-]+(\\.[\\w-]+)+/|@[\\w-]+\\.", Pattern.UNICODE_CHARACTER_CLASS);
    private static final String URL_BREAK_AFTER = "/.-?&=#_~";

    final int penalty;
    final boolean flagged;
    final boolean addsHyphen;

    WordBreak(int penalty, boolean flagged, boolean addsHyphen) {
        this.penalty = penalty;
        this.flagged = flagged;
        this.addsHyphen = addsHyphen;
    }

    /**
     * The breaks allowed inside {@code word} (no spaces in it): entry {@code k} of the result, if
     * not null, allows a break before {@code word[k]}.
     */
    static WordBreak[] find(String word, Optional<Hyphenator> hyphenator) {
        int length = word.length();
        WordBreak[] breaks = new WordBreak[length + 1];
        boolean url = mayBeUrl(word) && URL_LIKE.matcher(word).find();
        boolean softHyphens = word.indexOf('\u00AD') >= 0;
        for (int k = 0; k < length; k++) {
            char c = word.charAt(k);
            boolean inside = k > 0 && k + 1 < length;
            if (c == '\u200B' && k + 1 < length) {
                breaks[k + 1] = ZERO_WIDTH;
            } else if (c == '\u00AD' && inside) {
                breaks[k + 1] = SOFT_HYPHEN;
            } else if (!inside) {
                continue;
            } else if (url) {
                boolean doubleSlash = c == '/' && (word.charAt(k + 1) == '/' || word.charAt(k - 1) == ':');
                if (URL_BREAK_AFTER.indexOf(c) >= 0 && !doubleSlash) {
                    breaks[k + 1] = c == '-' ? URL_HYPHEN : URL;
                }
            } else if (isDash(c) && between(word, k, true)) {
                breaks[k + 1] = EXPLICIT;
            } else if (c == '/' && between(word, k, false)) {
                breaks[k + 1] = URL;
            }
        }
        if (hyphenator.isPresent() && !url && !softHyphens && !hasDigit(word)) {
            hyphenate(word, hyphenator.get(), breaks);
        }
        if (!url && hasIdeographs(word)) {
            IdeographicBreaks.find(word, breaks);
        }
        return breaks;
    }

    private static boolean hasIdeographs(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (IdeographicBreaks.isIdeographic(word.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@link #find} could allow a break inside {@code text[start, end)} without a hyphenator: only
     * where it has one of the characters that break (zero-width space, soft hyphen, dash, slash) or may be a
     * URL. Most words have none, and are then spared the search and its array.
     */
    static boolean mayBreakUnhyphenated(String text, int start, int end) {
        if (text.startsWith("www.", start)) {
            return true;
        }
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c == '/'
                    || c == '@'
                    || c == '\u200B'
                    || c == '\u00AD'
                    || isDash(c)
                    || c >= '\u2E80' && IdeographicBreaks.isIdeographic(c)) {
                return true;
            }
        }
        return false;
    }

    private static void hyphenate(String word, Hyphenator hyphenator, WordBreak[] breaks) {
        int k = 0;
        while (k < word.length()) {
            if (!Character.isLetter(word.charAt(k))) {
                k++;
                continue;
            }
            int end = k;
            while (end < word.length() && Character.isLetter(word.charAt(end))) {
                end++;
            }
            for (int index : hyphenator.breakIndices(word.substring(k, end))) {
                if (breaks[k + index] == null) {
                    breaks[k + index] = HYPHENATION;
                }
            }
            k = end;
        }
    }

    /** A quick test before the regular expression: URLs and addresses have one of these. */
    private static boolean mayBeUrl(String word) {
        return word.indexOf('/') >= 0 || word.indexOf('@') >= 0 || word.startsWith("www.");
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '\u2010' || c == '\u2013' || c == '\u2014';
    }

    /** Whether letters (or, if {@code digitsToo}, digits) stand on both sides of {@code word[k]}. */
    private static boolean between(String word, int k, boolean digitsToo) {
        char before = word.charAt(k - 1);
        char after = word.charAt(k + 1);
        return digitsToo
                ? Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after)
                : Character.isLetter(before) && Character.isLetter(after);
    }

    private static boolean hasDigit(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (Character.isDigit(word.charAt(k))) {
                return true;
            }
        }
        return false;
    }
}
