package dev.brief.pdf.text;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Line breaks inside Chinese and Japanese text, which has no spaces: the JDK's line-break iterator (UAX #14) gives
 * them, with the customary rules of both languages (kinsoku: no line starts with 、。」）or ends with 「（). Korean
 * is written with spaces and breaks only there, so a break between two Hangul syllables is not taken.
 */
final class IdeographicBreaks {
    private static final ThreadLocal<BreakIterator> LINES =
            ThreadLocal.withInitial(() -> BreakIterator.getLineInstance(Locale.ROOT));

    private IdeographicBreaks() {}

    /** Marks in {@code breaks} (see {@link WordBreak#find}) the places {@code word} may break between ideographs. */
    static void find(String word, WordBreak[] breaks) {
        BreakIterator lines = LINES.get();
        lines.setText(word);
        for (int k = lines.next(); k != BreakIterator.DONE && k < word.length(); k = lines.next()) {
            if (k > 0
                    && breaks[k] == null
                    && (isIdeographic(word.charAt(k - 1)) || isIdeographic(word.charAt(k)))
                    && !(isHangul(word.charAt(k - 1)) && isHangul(word.charAt(k)))) {
                breaks[k] = WordBreak.IDEOGRAPHIC;
            }
        }
    }

    /** Han, kana and the punctuation and full-width forms set with them. */
    static boolean isIdeographic(char c) {
        if (c < '\u2E80') {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        if (script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.BOPOMOFO) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS;
    }

    private static boolean isHangul(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL;
    }
}
