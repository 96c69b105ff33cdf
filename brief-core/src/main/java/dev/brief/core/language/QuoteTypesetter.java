package dev.brief.core.language;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;

/**
 * Sets the straight marks a source has ({@code "} and {@code '}) as the typographic quotation marks and
 * apostrophe of the brief's language ({@link QuoteMarks}), so that authors may type them straight. A straight
 * double mark becomes the language's primary quotation mark, a straight single mark its secondary one or an
 * apostrophe. Every other character, the typographic marks the author typed among them, is kept.
 *
 * <p>The rules, simple on purpose, looking at the characters beside each mark (at the marks already set
 * before it):
 * <ul>
 *   <li>a single mark between a letter or digit and a letter is an apostrophe ({@code China's},
 *       {@code rock'n'roll}), and so is one that elides digits or (in English) a word's start:
 *       {@code '90s}, {@code 'n'}, {@code 'em}, {@code 'tis};
 *   <li>a mark after the start, a space, an opening bracket, a dash or hyphen or an opening mark, and before a
 *       character other than a space, opens a quotation;
 *   <li>a mark after any other character closes a quotation; a single one closes only a quotation it opened,
 *       else it is an apostrophe ({@code the students' books});
 *   <li>a mark with spaces on both sides (French authors type {@code " texte "}) closes the quotation open,
 *       or opens one when another straight mark of its kind follows; otherwise it is left as it is;
 *   <li>marks inside a web or mail address are left as they are; in Hebrew, a mark between two letters, or a
 *       single one after a letter that closes no quotation, is the geresh or gershayim of an abbreviation or
 *       a transliteration ({@code צה"ל}, {@code ג'ירפה}, {@code ד'}) and is left as well.
 * </ul>
 * Each mark is replaced by one character, so the text keeps its length and offsets.
 */
public final class QuoteTypesetter {
    /** Brackets, dashes, hyphens (Hebrew's maqaf joins a prefix to a quoted word) and opening marks. */
    private static final String OPENING_CONTEXT =
            "([{<\u2014\u2013/-\u2010\u2011\u05BE\u201C\u2018\u201E\u201A\u00AB\u2039\u300C\u300E";

    private static final Set<String> ENGLISH_ELISIONS = Set.of("em", "tis", "twas", "cause", "til", "bout");

    private final QuoteMarks marks;
    /** What a mark may open a quotation after, besides a space: brackets, dashes, opening marks. */
    private final String openingContext;

    private final boolean english;
    private final boolean hebrew;

    private QuoteTypesetter(QuoteMarks marks, boolean english, boolean hebrew) {
        this.marks = marks;
        StringBuilder context = new StringBuilder();
        OPENING_CONTEXT
                .chars()
                .filter(c -> c != marks.primaryClose() && c != marks.secondaryClose())
                .forEach(c -> context.append((char) c));
        this.openingContext = context.toString();
        this.english = english;
        this.hebrew = hebrew;
    }

    /** The typesetter for a BCP 47 tag, with that language's marks ({@link QuoteMarks#forLanguage}). */
    public static QuoteTypesetter forLanguage(String languageTag) {
        String language = Locale.forLanguageTag(
                        languageTag == null ? "" : languageTag.strip().replace('_', '-'))
                .getLanguage();
        return new QuoteTypesetter(
                QuoteMarks.forLanguage(languageTag),
                language.equals("en"),
                language.equals("he") || language.equals("iw"));
    }

    public QuoteMarks marks() {
        return marks;
    }

    /** {@code text} with its straight marks set; the text itself when it has none. */
    public String typeset(String text) {
        return typeset(text, new BitSet());
    }

    /**
     * {@code text} with its straight marks set, except the characters whose indexes are in {@code kept} (code,
     * or stand-ins for what is not text), which are left as they are but still read as the context of others.
     */
    public String typeset(String text, BitSet kept) {
        if (text.indexOf('"') < 0 && text.indexOf('\'') < 0) {
            return text;
        }
        char[] out = text.toCharArray();
        int doubles = 0;
        int singles = 0;
        for (int i = 0; i < out.length; i++) {
            char mark = out[i];
            if ((mark != '"' && mark != '\'') || kept.get(i) || inAddress(text, i)) {
                continue;
            }
            char previous = i == 0 ? ' ' : out[i - 1];
            char next = i + 1 >= out.length ? ' ' : out[i + 1];
            if (hebrew && Character.isLetter(previous) && (Character.isLetter(next) || mark == '\'' && singles == 0)) {
                continue;
            }
            boolean afterSpace = isSpace(previous);
            boolean afterOpening = afterSpace || openingContext.indexOf(previous) >= 0 || marks.opens(previous);
            boolean beforeSpace = isSpace(next);
            if (mark == '\'') {
                if (Character.isLetterOrDigit(previous) && Character.isLetter(next)
                        || afterOpening && elides(text, i)) {
                    out[i] = QuoteMarks.APOSTROPHE;
                } else if (afterOpening && !beforeSpace) {
                    out[i] = marks.secondaryOpen();
                    singles++;
                } else if (!afterSpace || singles > 0) {
                    out[i] = singles > 0 ? marks.secondaryClose() : QuoteMarks.APOSTROPHE;
                    singles = Math.max(0, singles - 1);
                }
            } else if (afterOpening && !beforeSpace) {
                out[i] = marks.primaryOpen();
                doubles++;
            } else if (!afterOpening || doubles > 0) {
                out[i] = marks.primaryClose();
                doubles = Math.max(0, doubles - 1);
            } else if (text.indexOf('"', i + 1) >= 0) {
                out[i] = marks.primaryOpen();
                doubles++;
            }
        }
        return new String(out);
    }

    /** Whether the single mark at {@code index}, at a word's start, stands for what is left out of it. */
    private boolean elides(String text, int index) {
        int end = index + 1;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        String word = text.substring(index + 1, end);
        int digits = 0;
        while (digits < word.length() && Character.isDigit(word.charAt(digits))) {
            digits++;
        }
        if (digits == 2) {
            return true;
        }
        if (word.equals("n") && end < text.length() && text.charAt(end) == '\'') {
            return true;
        }
        return english && ENGLISH_ELISIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * Whether the mark at {@code index} is part of a word that looks like a web or mail address, rather than of
     * the punctuation around it: marks that begin the word, or end it when it begins with a mark, are the
     * author's quotation around the address.
     */
    private static boolean inAddress(String text, int index) {
        int start = index;
        while (start > 0 && !isSpace(text.charAt(start - 1))) {
            start--;
        }
        int end = index;
        while (end < text.length() && !isSpace(text.charAt(end))) {
            end++;
        }
        String word = text.substring(start, end);
        if (!(word.contains("://") || word.indexOf('@') >= 0 || word.contains("www."))) {
            return false;
        }
        int first = start;
        while (first < end && !Character.isLetterOrDigit(text.charAt(first))) {
            first++;
        }
        int last = end;
        while (last > start && !Character.isLetterOrDigit(text.charAt(last - 1))) {
            last--;
        }
        boolean quoted = text.charAt(start) == '"' || text.charAt(start) == '\'';
        return index >= first && (index < last || !quoted);
    }
}
