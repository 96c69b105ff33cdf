package dev.brief.core.model;

import java.util.List;

/**
 * A walk through inlines for their characters, appended to {@link #text}: emphasis, strong, links and language
 * spans give their children's, text and code their characters as written, a line break a space. What a note
 * reference gives is each walk's own ({@link PlainText} reads the note's number; the EPUB's navigation leaves it
 * out), as is anything a walk overrides (the navigation spaces French text).
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
    public Void text(Inline.Text inline) {
        text.append(inline.text());
        return null;
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
