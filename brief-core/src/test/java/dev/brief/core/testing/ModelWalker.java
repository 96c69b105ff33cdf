package dev.brief.core.testing;

import dev.brief.core.model.Block;
import dev.brief.core.model.Brief;
import dev.brief.core.model.BriefWalker;
import dev.brief.core.model.Inline;
import dev.brief.core.model.Note;
import dev.brief.core.model.Section;
import dev.brief.core.model.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Visits every inline of a brief in reading order (summary points, lead, sections depth first, notes), nested
 * inlines included, and lists every element id; for tests that check properties of a whole brief.
 */
public final class ModelWalker {
    private final Consumer<Inline> onInline;

    public ModelWalker(Consumer<Inline> onInline) {
        this.onInline = onInline;
    }

    /** Every element id of the brief, in reading order, then every note reference id. */
    public static List<String> ids(Brief brief) {
        List<String> ids = new ArrayList<>();
        BriefWalker.walk(brief, new BriefWalker.Listener() {
            @Override
            public void enterSummary(Summary summary) {
                ids.add(summary.id());
            }

            @Override
            public void enterSection(Section section) {
                ids.add(section.id());
            }

            @Override
            public void enterNote(Note note) {
                ids.add(note.id());
            }

            @Override
            public void enterBlock(Block block) {
                ids.add(block.id());
            }

            @Override
            public void enterListItem(Block.ListItem item) {
                ids.add(item.id());
            }

            @Override
            public void passage(BriefWalker.Passage passage) {
                if (passage.role() == BriefWalker.Role.SUMMARY_POINT) {
                    ids.add(passage.elementId());
                }
            }
        });
        new ModelWalker(inline -> {
                    if (inline instanceof Inline.NoteRef) {
                        ids.add(((Inline.NoteRef) inline).id());
                    }
                })
                .walk(brief);
        return ids;
    }

    /** Every inline except the summary title's. */
    public void walk(Brief brief) {
        for (BriefWalker.Passage passage : BriefWalker.passages(brief)) {
            if (passage.role() != BriefWalker.Role.SUMMARY_TITLE) {
                BriefWalker.eachInline(passage.inlines(), onInline);
            }
        }
    }
}
