package dev.brief.core.model;

import java.util.List;

/**
 * A headed section. {@code level} is the heading level in the brief's outline: 2 for {@code ##} (the title
 * is level 1), up to 6. Subsections are exactly one level deeper.
 */
public record Section(String id, int level, List<Inline> heading, List<Block> blocks, List<Section> subsections) {
    public Section {
        Ids.requireId(id);
        if (level < 2 || level > 6) {
            throw new IllegalArgumentException("section " + id + " has level " + level + "; levels are 2 to 6");
        }
        heading = List.copyOf(heading);
        blocks = List.copyOf(blocks);
        subsections = List.copyOf(subsections);
        for (Section subsection : subsections) {
            if (subsection.level() != level + 1) {
                throw new IllegalArgumentException(
                        "subsection " + subsection.id() + " of " + id + " must have level " + (level + 1));
            }
        }
    }
}
