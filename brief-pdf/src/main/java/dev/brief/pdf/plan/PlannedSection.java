package dev.brief.pdf.plan;

import dev.brief.core.model.Section;
import dev.brief.pdf.tag.StructureNode;
import java.util.List;
import java.util.Objects;

/** A section of the model with its Sect and heading element, its planned blocks, then its subsections. */
public record PlannedSection(
        Section model,
        StructureNode element,
        StructureNode heading,
        List<PlannedBlock> blocks,
        List<PlannedSection> subsections) {
    public PlannedSection {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(heading, "heading");
        blocks = List.copyOf(blocks);
        subsections = List.copyOf(subsections);
    }
}
