package dev.brief.core.read;

import dev.brief.core.language.QuoteTypesetter;
import dev.brief.core.model.Inline;
import dev.brief.core.model.InlineTextWalk;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Sets the straight quotation marks and apostrophes of one passage (a paragraph's, heading's, cell's inlines)
 * as its language's typographic ones, once, when the model is built, so that every edition and every check
 * reads the same marks. The passage is read as one text, so a quotation may open before an emphasis and close
 * after it; only text is changed, never code, link addresses or note references.
 */
final class InlineQuotes {
    /** Stands in for inline code: not a space, not a letter, kept as it is. */
    private static final char CODE = '\uFFFC';

    private static final char LINE_BREAK = '\n';

    private final Optional<QuoteTypesetter> typesetter;

    /** {@code typesetter} empty when the author turned the setting of marks off. */
    InlineQuotes(Optional<QuoteTypesetter> typesetter) {
        this.typesetter = typesetter;
    }

    /** Leaves every mark as the source has it. */
    static InlineQuotes none() {
        return new InlineQuotes(Optional.empty());
    }

    /** {@code inlines} with their marks set; the same list when nothing changes. */
    List<Inline> typeset(List<Inline> inlines) {
        if (typesetter.isEmpty()) {
            return inlines;
        }
        StringBuilder text = new StringBuilder();
        BitSet kept = new BitSet();
        new Flattener(text, kept).walk(inlines);
        String original = text.toString();
        String typeset = typesetter.get().typeset(original, kept);
        if (typeset.equals(original)) {
            return inlines;
        }
        Rebuilder rebuilder = new Rebuilder(typeset);
        return rebuilder.all(inlines);
    }

    /** Plain text from the front matter (a summary point given there), set the same way. */
    String typeset(String text) {
        return typesetter.map(t -> t.typeset(text)).orElse(text);
    }

    /** Appends a passage's text, with a stand-in character for each code span and line break. */
    private static final class Flattener extends InlineTextWalk {
        private final BitSet kept;

        Flattener(StringBuilder text, BitSet kept) {
            super(text);
            this.kept = kept;
        }

        private Void standIn(char c) {
            kept.set(text.length());
            text.append(c);
            return null;
        }

        @Override
        public Void noteRef(Inline.NoteRef noteRef) {
            return null;
        }

        @Override
        public Void code(Inline.Code code) {
            return standIn(CODE);
        }

        @Override
        public Void lineBreak(Inline.LineBreak lineBreak) {
            return standIn(LINE_BREAK);
        }
    }

    /** Rebuilds the passage, taking each text's characters from the typeset text in the order they were read. */
    private static final class Rebuilder implements Inline.Visitor<Inline> {
        private final String typeset;
        private int cursor;

        Rebuilder(String typeset) {
            this.typeset = typeset;
        }

        List<Inline> all(List<Inline> inlines) {
            List<Inline> rebuilt = new ArrayList<>(inlines.size());
            inlines.forEach(inline -> rebuilt.add(inline.accept(this)));
            return rebuilt;
        }

        @Override
        public Inline text(Inline.Text text) {
            int start = cursor;
            cursor += text.text().length();
            return new Inline.Text(typeset.substring(start, cursor));
        }

        @Override
        public Inline emphasis(Inline.Emphasis emphasis) {
            return new Inline.Emphasis(all(emphasis.children()));
        }

        @Override
        public Inline strong(Inline.Strong strong) {
            return new Inline.Strong(all(strong.children()));
        }

        @Override
        public Inline link(Inline.Link link) {
            return new Inline.Link(link.url(), link.title(), all(link.children()));
        }

        @Override
        public Inline noteRef(Inline.NoteRef noteRef) {
            return noteRef;
        }

        @Override
        public Inline code(Inline.Code code) {
            cursor++;
            return code;
        }

        @Override
        public Inline lineBreak(Inline.LineBreak lineBreak) {
            cursor++;
            return lineBreak;
        }

        @Override
        public Inline languageSpan(Inline.LanguageSpan languageSpan) {
            return new Inline.LanguageSpan(languageSpan.language(), all(languageSpan.children()));
        }
    }
}
