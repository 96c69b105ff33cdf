package dev.brief.core.read;

import dev.brief.core.model.Block;
import dev.brief.core.model.Note;
import dev.brief.core.model.Section;
import dev.brief.core.model.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.ext.footnotes.FootnoteDefinition;

/**
 * Converts the outline in reading order (summary, lead, sections depth first, then notes), so that ids
 * and note numbers follow the order in which a reader meets them.
 */
final class BriefAssembler {
    private final Conversion conversion;
    private final BlockConverter blocks;

    BriefAssembler(Conversion conversion) {
        this.conversion = conversion;
        this.blocks = new BlockConverter(conversion);
    }

    record Body(Optional<Summary> summary, List<Block> lead, List<Section> sections, List<Note> notes) {}

    Body assemble(Outline outline, FrontMatter frontMatter) {
        Optional<Summary> summary = new SummaryReader(conversion).read(outline.summary, frontMatter);
        List<Block> lead = blocks.blocks(outline.lead, false);
        List<Section> sections = new ArrayList<>();
        for (Outline.Part part : outline.sections) {
            sections.add(section(part));
        }
        return new Body(summary, lead, sections, notes());
    }

    private Section section(Outline.Part part) {
        String id =
                conversion.ids().section(InlineConverter.plainText(part.heading).strip());
        conversion.sourceMap().put(id, conversion.positions().of(part.heading));
        var heading = conversion.inlines().children(part.heading, false);
        List<Block> content = blocks.blocks(part.nodes, false);
        List<Section> subsections = new ArrayList<>();
        for (Outline.Part child : part.children) {
            subsections.add(section(child));
        }
        return new Section(id, part.level, heading, content, subsections);
    }

    /** Notes in number order; a note first referred to from another note joins the end of the list. */
    private List<Note> notes() {
        NoteRegistry registry = conversion.notes();
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < registry.numberedKeys().size(); i++) {
            String key = registry.numberedKeys().get(i);
            FootnoteDefinition definition = registry.definition(key);
            String id = registry.noteId(key);
            conversion.sourceMap().put(id, conversion.positions().of(definition));
            notes.add(new Note(id, i + 1, blocks.children(definition, true)));
        }
        for (FootnoteDefinition unused : registry.unreferenced()) {
            conversion.error(
                    unused,
                    "the note [^" + unused.getLabel() + "] is never referred to",
                    "refer to it with [^" + unused.getLabel() + "] where it applies, or delete it");
        }
        return notes;
    }
}
