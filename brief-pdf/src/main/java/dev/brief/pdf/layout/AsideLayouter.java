package dev.brief.pdf.layout;

import dev.brief.core.model.Block;
import dev.brief.pdf.tag.Artifact;
import dev.brief.pdf.tag.StructureNode;
import dev.brief.pdf.tag.StructureRole;
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

    List<Row> pullQuote(Block.PullQuote pullQuote) {
        Typography type = context.typography;
        float width = context.geometry.sideWidth();
        StructureNode quote = frame.parent().add(StructureRole.PULL_QUOTE);
        StructureNode p = quote.add(StructureRole.P);
        List<Row> rows = new ArrayList<>();
        Row rule = new Row(10, 0);
        float ruleX = context.mirror.x(0, 36, width); // a short rule over the quote, at its start edge
        rule.add(new Mark.Rule(Artifact.RULE, type.accent, 2.5f, ruleX, 1, ruleX + 36, 1));
        rows.add(rule);
        rows.addAll(context.paragraphs.rows(
                RunCollector.collect(context.brief, pullQuote.inlines(), pullQuote.id(), type.pullQuote, p),
                type.pullQuote,
                width,
                false,
                0));
        pullQuote.attribution().ifPresent(attribution -> {
            StructureNode by = quote.add(StructureRole.P);
            rows.addAll(context.paragraphs.rows(
                    RunCollector.collect(context.brief, attribution, pullQuote.id(), type.attribution, by),
                    type.attribution,
                    width,
                    false,
                    5));
        });
        return rows;
    }

    List<Row> aboutBox(Block.AboutBox aboutBox) {
        Typography type = context.typography;
        float inner = context.geometry.sideWidth() - 2 * PADDING;
        StructureNode box = frame.parent().add(StructureRole.ABOUT_BOX);
        int level = Math.min(6, frame.level() + 1);
        List<Row> content = new ArrayList<>();
        if (!aboutBox.title().isEmpty()) {
            StructureNode heading = box.add(StructureRole.heading(level));
            content.addAll(context.paragraphs.rows(
                    RunCollector.collect(context.brief, aboutBox.title(), aboutBox.id(), type.panelHeading, heading),
                    type.panelHeading,
                    inner,
                    false,
                    0));
        }
        Frame boxFrame = new Frame(box, inner, type.panelText, false, 5, level);
        new BodyLayouter(context, boxFrame, content).blocks(aboutBox.blocks());
        return Panel.around(content, PADDING, context.geometry.sideWidth(), type.tint, type.accent);
    }
}
