package dev.brief.core.model;

import java.util.List;

/**
 * The plain text of inlines, as a reader hears it: note references read as their number, a line break as a
 * space. Writers use it to agree on character offsets (page map) and tests use it to compare formats.
 */
public final class PlainText {
    private PlainText() {}

    public static String of(List<Inline> inlines, Brief brief) {
        StringBuilder text = new StringBuilder();
        append(inlines, brief, text);
        return text.toString();
    }

    private static void append(List<Inline> inlines, Brief brief, StringBuilder text) {
        Inline.Visitor<Void> visitor = new Inline.Visitor<>() {
            @Override
            public Void text(Inline.Text t) {
                text.append(t.text());
                return null;
            }

            @Override
            public Void emphasis(Inline.Emphasis emphasis) {
                append(emphasis.children(), brief, text);
                return null;
            }

            @Override
            public Void strong(Inline.Strong strong) {
                append(strong.children(), brief, text);
                return null;
            }

            @Override
            public Void link(Inline.Link link) {
                append(link.children(), brief, text);
                return null;
            }

            @Override
            public Void noteRef(Inline.NoteRef noteRef) {
                brief.note(noteRef.noteId()).ifPresent(note -> text.append(note.number()));
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

            @Override
            public Void languageSpan(Inline.LanguageSpan languageSpan) {
                append(languageSpan.children(), brief, text);
                return null;
            }
        };
        for (Inline inline : inlines) {
            inline.accept(visitor);
        }
    }
}
