package dev.brief.core.model;

import java.util.List;

/**
 * An endnote. {@code number} is its label, assigned in order of first reference (1, 2, 3 …); notes are kept
 * in that order in {@link Brief#notes()}.
 */
public record Note(String id, int number, List<Block> blocks) {
    public Note {
        Ids.requireId(id);
        if (number < 1) {
            throw new IllegalArgumentException("note " + id + " has number " + number);
        }
        blocks = List.copyOf(blocks);
    }
}
