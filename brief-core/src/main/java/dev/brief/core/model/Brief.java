package dev.brief.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A policy brief: the whole document as every writer sees it.
 *
 * <p>{@code lead} holds the blocks before the first section heading. The body's reading order is: summary,
 * lead, sections (depth first), then notes and colophon.
 */
public record Brief(
        Metadata metadata,
        Optional<Summary> summary,
        List<Block> lead,
        List<Section> sections,
        List<Note> notes,
        Optional<Publisher> publisher) {
    public Brief {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(summary, "summary");
        lead = List.copyOf(lead);
        sections = List.copyOf(sections);
        notes = List.copyOf(notes);
        Objects.requireNonNull(publisher, "publisher");
    }

    /** Every section, depth first in source order. */
    public List<Section> allSections() {
        List<Section> all = new ArrayList<>();
        collect(sections, all);
        return List.copyOf(all);
    }

    private static void collect(List<Section> sections, List<Section> into) {
        for (Section section : sections) {
            into.add(section);
            collect(section.subsections(), into);
        }
    }

    public Optional<Note> note(String id) {
        return notes.stream().filter(note -> note.id().equals(id)).findFirst();
    }
}
