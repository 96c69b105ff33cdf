package dev.brief.core.model;

import java.util.List;

/**
 * A walk through inlines for their characters, appended to {@link #text}: emphasis, strong, links and language
 * spans give their children's, code its characters as written, a line break a space. What a run of text and a
 * note reference give is each walk's own ({@link PlainText} reads a note's number; the EPUB's navigation leaves
 * it out and spaces French text), as is anything it overrides.
 */
public abstract class InlineTextWalk implements Inline.Visitor<Void> {
    protected final StringBuilder text;

    protected InlineTextWalk(StringBuilder text) {
        this.text = text;
    }

    /** Walks {@code inlines} in order. */
    public final void walk(List<Inline> inlines) {
        for (Inline inline : inlines) {
            inline.accept(this);
        }
    }

    @Override
    public Void emphasis(Inline.Emphasis emphasis) {
        walk(emphasis.children());
        return null;
    }

    @Override
    public Void strong(Inline.Strong strong) {
        walk(strong.children());
        return null;
    }

    @Override
    public Void link(Inline.Link link) {
        walk(link.children());
        return null;
    }

    @Override
    public Void languageSpan(Inline.LanguageSpan languageSpan) {
        walk(languageSpan.children());
        return null;
    }

    @Override
    public Void code(Inline.Code code) {
        text.append(code.text());
        return null;
    }

    @Override
    public Void lineBreak(Inline.LineBreak lineBreak) {
        text.append(' ');
        return null;
    }
}
