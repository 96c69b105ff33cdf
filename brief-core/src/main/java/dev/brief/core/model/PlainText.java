package dev.brief.core.model;

import java.util.List;

/**
 * The plain text of inlines, as a reader hears it: note references read as their number, a line break as a
 * space. Writers use it to agree on character offsets (page map) and tests use it to compare formats.
 */
public final class PlainText extends InlineTextWalk {
    private final Brief brief;

    private PlainText(Brief brief) {
        super(new StringBuilder());
        this.brief = brief;
    }

    public static String of(List<Inline> inlines, Brief brief) {
        PlainText plain = new PlainText(brief);
        plain.walk(inlines);
        return plain.text.toString();
    }

    @Override
    public Void noteRef(Inline.NoteRef noteRef) {
        brief.note(noteRef.noteId()).ifPresent(note -> text.append(note.number()));
        return null;
    }
}
