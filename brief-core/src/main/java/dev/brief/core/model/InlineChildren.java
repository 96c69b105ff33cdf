package dev.brief.core.model;

import java.util.List;

/** The inlines nested in an inline, for {@link BriefWalker#eachInline}: none for the leaf kinds. */
final class InlineChildren implements Inline.Visitor<List<Inline>> {
    static final InlineChildren INSTANCE = new InlineChildren();

    private InlineChildren() {}

    @Override
    public List<Inline> text(Inline.Text text) {
        return List.of();
    }

    @Override
    public List<Inline> emphasis(Inline.Emphasis emphasis) {
        return emphasis.children();
    }

    @Override
    public List<Inline> strong(Inline.Strong strong) {
        return strong.children();
    }

    @Override
    public List<Inline> link(Inline.Link link) {
        return link.children();
    }

    @Override
    public List<Inline> noteRef(Inline.NoteRef noteRef) {
        return List.of();
    }

    @Override
    public List<Inline> code(Inline.Code code) {
        return List.of();
    }

    @Override
    public List<Inline> lineBreak(Inline.LineBreak lineBreak) {
        return List.of();
    }

    @Override
    public List<Inline> languageSpan(Inline.LanguageSpan languageSpan) {
        return languageSpan.children();
    }
}
