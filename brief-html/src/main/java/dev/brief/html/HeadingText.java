package dev.brief.html;

import dev.brief.core.language.FrenchPunctuation;
import dev.brief.core.model.Inline;
import dev.brief.core.model.InlineTextWalk;
import java.util.List;

/**
 * The text of a heading as the document shows it, for the navigation: its words with the same French spacing
 * the writer puts in ({@link MarkupWriter#text}), without note numbers, a line break read as a space, and runs
 * of white space collapsed as a browser shows them. Code keeps its characters as they are: the writer leaves
 * French spacing out of it.
 */
final class HeadingText extends InlineTextWalk {
    private final FrenchPunctuation french;
    /** The last character the writer wrote in this heading, which French spacing is judged with. */
    private char previous;

    private HeadingText(FrenchPunctuation french) {
        super(new StringBuilder());
        this.french = french;
    }

    static String of(List<Inline> inlines, FrenchPunctuation french) {
        HeadingText heading = new HeadingText(french);
        heading.walk(inlines);
        return collapsed(heading.text.toString());
    }

    /** A heading the writer writes as one string (the title, a label). */
    static String of(String words, FrenchPunctuation french) {
        return collapsed(french.applies() ? french.withNarrowSpaces(words) : words);
    }

    @Override
    public Void text(Inline.Text inline) {
        text.append(spaced(inline.text()));
        return null;
    }

    /** The number is written, and so spaces what follows it, but it is not part of the heading's name. */
    @Override
    public Void noteRef(Inline.NoteRef noteRef) {
        previous = '0';
        return null;
    }

    private String spaced(String words) {
        if (words.isEmpty() || !french.applies()) {
            return words;
        }
        char before = previous;
        previous = words.charAt(words.length() - 1);
        return before == 0
                ? french.withNarrowSpaces(words)
                : french.withNarrowSpaces(before + words).substring(1);
    }

    /** ASCII white space collapsed to one space, as in the rendered heading; no-break spaces are kept. */
    private static String collapsed(String words) {
        return words.replaceAll("[ \\t\\n\\x0B\\f\\r]+", " ").strip();
    }
}
