package dev.brief.core.legacy;

import java.util.ArrayList;
import java.util.List;

/**
 * Moves the blocks printed between the summary and the first section (a pull quote, an opening paragraph)
 * in front of the {@code ## Summary} heading. The source format reads the summary first wherever it stands,
 * and its section holds only the list, so those blocks belong to the lead: the reading order is unchanged.
 */
final class LeadGatherer {
    private LeadGatherer() {}

    static List<LegacyBlock> gather(List<LegacyBlock> blocks, RepairLog log) {
        int summary = -1;
        for (int i = 0; i < blocks.size() && summary < 0; i++) {
            if (blocks.get(i).is(LegacyBlock.Kind.SUMMARY)) {
                summary = i;
            }
        }
        if (summary < 0) {
            return blocks;
        }
        int end = summary + 1;
        while (end < blocks.size() && !blocks.get(end).is(LegacyBlock.Kind.HEADING)) {
            end++;
        }
        if (end == summary + 1) {
            return blocks;
        }
        List<LegacyBlock> out = new ArrayList<>(blocks.subList(0, summary));
        List<LegacyBlock> lead = blocks.subList(summary + 1, end);
        out.addAll(lead);
        out.add(blocks.get(summary));
        out.addAll(blocks.subList(end, blocks.size()));
        log.warn(
                lead.get(0).line(),
                "wrote the " + lead.size() + " block(s) between the summary and the first section"
                        + " before `## Summary` in the converted source (the reading order does not change: the"
                        + " summary is always read first)",
                "nothing to do unless the block belongs to a section");
        return out;
    }
}
