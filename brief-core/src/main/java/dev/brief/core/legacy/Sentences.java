package dev.brief.core.legacy;

import java.util.regex.Pattern;

/** Where sentences end and begin, as far as a page break can be told from a paragraph break. */
final class Sentences {
    /** Note markers and trailing markup that may follow a sentence's last word. */
    private static final Pattern TRAILING_MARKUP = Pattern.compile("(\\s*(<sup>[^<]*</sup>|\\[\\^[^\\]]+\\]|[*_]+))+$");
    /** Characters a sentence can end on; ">" ends an autolink, which may close a note's last sentence. */
    private static final String CLOSING = ".!?:;\u2026\"\u201d\u2019')]>";

    private static final Pattern OPEN_WORD =
            Pattern.compile("(?:^|\\s)(?:the|a|an|of|in|to|for|with|by|on|at|from|and|or|but|than|that|under|into|as"
                    + "|[-\u2013\u2014])$");
    private static final Pattern OPENING_PUNCTUATION = Pattern.compile("^[\\s(\\[\"'\u201c\u2018*_]*");

    private Sentences() {}

    /** True when the paragraph's last character cannot close a sentence: a page or column broke it. */
    static boolean endsMidSentence(LegacyBlock paragraph) {
        String text = TRAILING_MARKUP.matcher(paragraph.text()).replaceAll("").strip();
        return !text.isEmpty() && CLOSING.indexOf(text.charAt(text.length() - 1)) < 0;
    }

    /**
     * True when the paragraph ends on a word no sentence ends on (an article, a preposition, a conjunction, a
     * dash standing apart): a column break cut it, whatever the first letter of the next paragraph.
     */
    static boolean endsOnOpenWord(LegacyBlock paragraph) {
        String text = TRAILING_MARKUP.matcher(paragraph.text()).replaceAll("").strip();
        return OPEN_WORD.matcher(text).find();
    }

    static boolean startsInLowerCase(LegacyBlock paragraph) {
        String text = OPENING_PUNCTUATION.matcher(paragraph.text()).replaceFirst("");
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
    }

    /** True when the paragraph starts with a letter or digit, not with emphasis, a quotation mark or a bracket. */
    static boolean startsPlain(LegacyBlock paragraph) {
        String text = paragraph.text();
        return !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0));
    }

    static boolean endsWithHyphen(LegacyBlock paragraph) {
        return paragraph.text().matches(".*\\p{L}-$");
    }
}
