package dev.brief.html;

import dev.brief.core.model.Brief;
import dev.brief.core.model.BriefWalker;
import dev.brief.core.model.Inline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every reference to every note, in reading order, found before anything is written: a note's back links
 * must cover all references to it, including those that come after it (a note that cites another note).
 */
final class NoteReferences {
    private NoteReferences() {}

    static Map<String, List<String>> of(Brief brief) {
        Map<String, List<String>> byNote = new LinkedHashMap<>();
        for (BriefWalker.Passage passage : BriefWalker.passages(brief)) {
            BriefWalker.eachInline(passage.inlines(), inline -> {
                if (inline instanceof Inline.NoteRef) {
                    Inline.NoteRef noteRef = (Inline.NoteRef) inline;
                    byNote.computeIfAbsent(noteRef.noteId(), id -> new ArrayList<>())
                            .add(noteRef.id());
                }
            });
        }
        return byNote;
    }
}
