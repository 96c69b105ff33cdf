package dev.brief.pdf.layout;

import dev.brief.core.model.PageMap;
import dev.brief.core.model.Publisher;
import dev.brief.pdf.fonts.Face;
import dev.brief.pdf.plan.Part;
import dev.brief.pdf.plan.Part.ColophonParagraph;
import dev.brief.pdf.tag.Artifact;
import dev.brief.pdf.tag.StructureNode;
import dev.brief.pdf.tag.StructureRole;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The publisher colophon closing the brief, one unbreakable block at the foot of the last page: the planned
 * paragraphs of the publisher's identity (logo, name, address, web address, ISBNs, DOI) in the side column (on
 * whichever side the grid puts it, see {@link Geometry}), the authors' notes, mission, disclaimer, media contact
 * and rights in the main column, each kind in its own type and spacing. A Colophon element role-mapped
 * to Sect, read in that order. Its text has no model element: a page it opens begins at
 * {@link PageMap#COLOPHON}.
 */
final class ColophonLayouter {
    private final LayoutContext context;

    ColophonLayouter(LayoutContext context) {
        this.context = context;
    }

    List<Row> rows(Part.Colophon plan) {
        float sideWidth = context.geometry.sideWidth();
        float mainWidth = context.geometry.mainWidth();
        List<Row> side = new ArrayList<>();
        List<Row> main = new ArrayList<>();
        plan.logo().ifPresent(logo -> logo(logo, plan.logoElement().orElseThrow(), side, sideWidth));
        for (ColophonParagraph paragraph : plan.side()) {
            side.addAll(paragraph(paragraph, sideWidth));
        }
        for (ColophonParagraph paragraph : plan.main()) {
            main.addAll(paragraph(paragraph, mainWidth));
        }
        return List.of(block(side, main));
    }

    /** Both columns as one row placed in the main column; the side column's marks move over into place. */
    private Row block(List<Row> side, List<Row> main) {
        float rule = 14;
        float height = rule + Math.max(stacked(side, null, 0), stacked(main, null, 0));
        Row row = new Row(height, 30);
        row.bottomOfPage = true;
        Geometry geometry = context.geometry;
        float offset = geometry.sideX() - geometry.mainX();
        row.add(new Mark.Rule(
                Artifact.RULE,
                context.typography.accent,
                1.5f,
                geometry.fullX() - geometry.mainX(),
                0,
                geometry.fullRight() - geometry.mainX(),
                0));
        stacked(side, row, offset);
        stacked(main, row, 0);
        return row;
    }

    /** Stacks rows into {@code into} (when given) from the rule down; returns their height. */
    private static float stacked(List<Row> rows, Row into, float dx) {
        float y = 14;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            y += i == 0 ? 0 : row.spaceBefore;
            if (into != null) {
                for (Mark mark : row.marks) {
                    into.add(Translation.by(mark, dx, y));
                }
            }
            y += row.height;
        }
        return y - 14;
    }

    private void logo(Publisher.Logo logo, StructureNode figure, List<Row> into, float width) {
        PDImageXObject image = context.images.load(logo.source(), null);
        float height = 34;
        float imageWidth = Math.min(width, height * image.getWidth() / image.getHeight());
        height = imageWidth * image.getHeight() / image.getWidth();
        Row row = new Row(height, 0);
        row.add(new Mark.Image(figure, image, context.mirror.x(0, imageWidth, width), 0, imageWidth, height));
        into.add(row);
    }

    private List<Row> paragraph(ColophonParagraph paragraph, float width) {
        TextStyle style = style(paragraph.kind());
        String target = paragraph.target().orElse(null);
        StructureNode p = paragraph.element();
        StructureNode owner = target == null ? p : p.addInline(StructureRole.LINK);
        List<TextRun> runs = new ArrayList<>();
        List<String> lines = paragraph.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                runs.add(new TextRun(
                        " ", style.face(), style.size(), false, owner, PageMap.COLOPHON, 0, target, null, true));
            }
            runs.add(new TextRun(
                    lines.get(i), style.face(), style.size(), false, owner, PageMap.COLOPHON, 0, target, null, false));
        }
        return context.paragraphs.rows(runs, style, width, false, spaceBefore(paragraph.kind()));
    }

    /** The publisher's name stands out; the authors' notes and the mission are in ink, the rest small and grey. */
    private TextStyle style(ColophonParagraph.Kind kind) {
        TextStyle small = context.typography.colophon;
        switch (kind) {
            case PUBLISHER_NAME:
                return small.withFace(Face.SANS_BOLD).withColor(Typography.INK);
            case AUTHOR_NOTE:
            case MISSION:
                return small.withColor(Typography.INK);
            default:
                return small;
        }
    }

    /** More space before a new group (the name, the ISBNs, the mission) than within one. */
    private static float spaceBefore(ColophonParagraph.Kind kind) {
        switch (kind) {
            case PUBLISHER_NAME:
            case ISBNS:
                return 6;
            case MISSION:
                return 8;
            case AUTHOR_NOTE:
            case DISCLAIMER:
            case MEDIA_CONTACT:
            case RIGHTS:
                return 4;
            default:
                return 2;
        }
    }
}
