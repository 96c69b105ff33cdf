package dev.brief.pdf.plan;

import dev.brief.core.model.Brief;
import dev.brief.core.model.BriefWalker;
import dev.brief.core.model.Inline;
import dev.brief.core.model.Note;
import java.util.HashMap;
import java.util.Map;

/**
 * The first reference to each note in reading order (summary, lead, sections with their asides), where the
 * note's label links back to. References inside the notes themselves do not count: a note that cites another
 * is read after the body, so the body's reference comes first, and a note cited only by other notes has no
 * place in the body to return to.
 */
final class FirstReferences implements BriefWalker.Listener {
    private final Brief brief;
    private final Map<String, String> first = new HashMap<>();
    private boolean inNote;

    private FirstReferences(Brief brief) {
        this.brief = brief;
    }

    /** Note id → the id of its first reference, for every note something outside the notes refers to. */
    static Map<String, String> of(Brief brief) {
        FirstReferences references = new FirstReferences(brief);
        BriefWalker.walk(brief, references);
        return Map.copyOf(references.first);
    }

    @Override
    public void enterNote(Note note) {
        inNote = true;
    }

    @Override
    public void leaveNote(Note note) {
        inNote = false;
    }

    @Override
    public void passage(BriefWalker.Passage passage) {
        if (inNote) {
            return;
        }
        BriefWalker.eachInline(passage.inlines(), inline -> {
            if (inline instanceof Inline.NoteRef) {
                Inline.NoteRef reference = (Inline.NoteRef) inline;
                // A reference to a note the brief does not have is not set, as layout leaves it out.
                if (brief.note(reference.noteId()).isPresent()) {
                    first.putIfAbsent(reference.noteId(), reference.id());
                }
            }
        });
    }
}
