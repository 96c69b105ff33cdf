package dev.brief.core.model;

import java.util.List;
import java.util.Objects;

/**
 * Running text inside a block. A closed set: every writer implements {@link Visitor} in full, so a new
 * kind of inline is a compile error in every writer rather than text that silently vanishes.
 */
public sealed interface Inline {

    <R> R accept(Visitor<R> visitor);

    /** One method per inline kind. */
    interface Visitor<R> {
        R text(Text text);

        R emphasis(Emphasis emphasis);

        R strong(Strong strong);

        R link(Link link);

        R noteRef(NoteRef noteRef);

        R code(Code code);

        R lineBreak(LineBreak lineBreak);

        R languageSpan(LanguageSpan languageSpan);
    }

    /** Plain characters, exactly as the reader saw them after unescaping. */
    record Text(String text) implements Inline {
        public Text {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.text(this);
        }
    }

    record Emphasis(List<Inline> children) implements Inline {
        public Emphasis {
            children = List.copyOf(children);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.emphasis(this);
        }
    }

    record Strong(List<Inline> children) implements Inline {
        public Strong {
            children = List.copyOf(children);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.strong(this);
        }
    }

    /** A hyperlink; {@code title} is empty when the source gave none. */
    record Link(String url, String title, List<Inline> children) implements Inline {
        public Link {
            Ids.requireText(url, "link url");
            Objects.requireNonNull(title, "title");
            children = List.copyOf(children);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.link(this);
        }
    }

    /**
     * A reference to an endnote. {@code id} names this reference (the target of the note's back link);
     * {@code noteId} names the {@link Note}. A note referenced twice has two references with distinct ids.
     */
    record NoteRef(String id, String noteId) implements Inline {
        public NoteRef {
            Ids.requireId(id);
            Ids.requireId(noteId);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.noteRef(this);
        }
    }

    /** Inline code, set in a monospaced or otherwise distinct face. */
    record Code(String text) implements Inline {
        public Code {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.code(this);
        }
    }

    /** A hard line break inside a block (an address line, a verse line). */
    record LineBreak() implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.lineBreak(this);
        }
    }

    /**
     * Text in a language other than the brief's (WCAG 2.2 success criterion 3.1.2, Language of Parts), so that
     * a screen reader reads it in that language's voice. {@code language} is a well-formed BCP 47 tag (RFC 5646),
     * as the reader checked it.
     */
    record LanguageSpan(String language, List<Inline> children) implements Inline {
        public LanguageSpan {
            Ids.requireText(language, "language tag");
            children = List.copyOf(children);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.languageSpan(this);
        }
    }
}
