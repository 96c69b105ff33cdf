package dev.brief.pdf.layout;

import dev.brief.core.model.Block;
import dev.brief.pdf.plan.PlannedBlock;
import dev.brief.pdf.tag.Artifact;
import java.util.ArrayList;
import java.util.List;

/**
 * Pull quotes and the about box, set for the side column. They are custom structure types role-mapped to
 * BlockQuote and Sect, planned in the parent's kids at their source position.
 */
final class AsideLayouter {
    private static final float PADDING = 9;
    private final LayoutContext context;
    private final Frame frame;

    AsideLayouter(LayoutContext context, Frame frame) {
        this.context = context;
        this.frame = frame;
    }

    List<Row> pullQuote(PlannedBlock.PullQuote planned) {
        Block.PullQuote pullQuote = planned.model();
        Typography type = context.typography;
        float width = context.geometry.sideWidth();
        List<Row> rows = new ArrayList<>();
        Row rule = new Row(10, 0);
        float ruleX = context.mirror.x(0, 36, width); // a short rule over the quote, at its start edge
        rule.add(new Mark.Rule(Artifact.RULE, type.accent, 2.5f, ruleX, 1, ruleX + 36, 1));
        rows.add(rule);
        rows.addAll(context.paragraphs.rows(
                RunCollector.collect(
                        context.brief, pullQuote.inlines(), pullQuote.id(), type.pullQuote, planned.text()),
                type.pullQuote,
                width,
                false,
                0));
        pullQuote.attribution().ifPresent(attribution -> {
            rows.addAll(context.paragraphs.rows(
                    RunCollector.collect(
                            context.brief,
                            attribution,
                            pullQuote.id(),
                            type.attribution,
                            planned.attribution().orElseThrow()),
                    type.attribution,
                    width,
                    false,
                    5));
        });
        return rows;
    }

    List<Row> aboutBox(PlannedBlock.AboutBox planned) {
        Block.AboutBox aboutBox = planned.model();
        Typography type = context.typography;
        float inner = context.geometry.sideWidth() - 2 * PADDING;
        List<Row> content = new ArrayList<>();
        planned.heading().ifPresent(heading -> {
            content.addAll(context.paragraphs.rows(
                    RunCollector.collect(context.brief, aboutBox.title(), aboutBox.id(), type.panelHeading, heading),
                    type.panelHeading,
                    inner,
                    false,
                    0));
        });
        Frame boxFrame = new Frame(inner, type.panelText, false, 5, planned.level());
        new BodyLayouter(context, boxFrame, content).blocks(planned.blocks());
        return Panel.around(content, PADDING, context.geometry.sideWidth(), type.tint, type.accent);
    }
}
