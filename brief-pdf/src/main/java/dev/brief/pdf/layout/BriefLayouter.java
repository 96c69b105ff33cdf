package dev.brief.pdf.layout;

import dev.brief.core.language.Labels;
import dev.brief.core.language.TextDirection;
import dev.brief.core.model.Brief;
import dev.brief.pdf.fonts.FontSet;
import dev.brief.pdf.images.ImageLoader;
import dev.brief.pdf.plan.BriefPlan;
import dev.brief.pdf.plan.Part;
import dev.brief.pdf.text.GlyphLayout;
import java.awt.Color;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The layout stage: sets every planned part of the brief into rows of marks owned by the structure elements
 * the plan made for it or by inline elements (links, references, spans) layout adds inside them, checks that
 * every character has a font, paginates, and places the running header and page number. Nothing is drawn
 * yet; the result is painted page by page.
 */
public final class BriefLayouter {
    private BriefLayouter() {}

    /**
     * Lays out {@code plan}, the plan of {@code brief}, on pages {@code pageWidth} × {@code pageHeight} points,
     * setting the text of each part into the structure elements planned for it.
     *
     * @throws dev.brief.pdf.UncoveredCharactersException when characters are in no font, all of them listed
     */
    public static LaidOutBrief layOut(
            BriefPlan plan,
            Brief brief,
            FontSet fonts,
            ImageLoader images,
            Color accent,
            float pageWidth,
            float pageHeight,
            Labels labels) {
        Geometry geometry = new Geometry(
                pageWidth,
                pageHeight,
                new Mirror(TextDirection.of(brief.metadata().language())));
        Typography typography = new Typography(accent);
        GlyphLayout glyphs = new GlyphLayout(fonts.library(), brief.metadata().language());
        LayoutContext context = new LayoutContext(brief, labels, typography, geometry, fonts, glyphs, images);
        PartLayouter layouter = new PartLayouter(context);
        Map<Part.Region, List<Row>> regions = new EnumMap<>(Part.Region.class);
        for (Part.Region region : Part.Region.values()) {
            regions.put(region, new ArrayList<>());
        }
        for (Part part : plan.parts()) {
            regions.get(part.region()).addAll(part.accept(layouter));
        }

        context.paragraphs.check(typography.furniture.face(), plan.runningTitle(), null);
        context.paragraphs.check(typography.furniture.face(), plan.publisherName(), null);
        context.paragraphs.checkCoverage();
        List<PageLayout> layouts = new Paginator(geometry)
                .paginate(
                        regions.get(Part.Region.HEAD),
                        36,
                        regions.get(Part.Region.SIDE),
                        regions.get(Part.Region.MAIN));
        Furniture furniture =
                new Furniture(fonts, glyphs, typography, geometry, plan.runningTitle(), plan.publisherName());
        List<LaidOutPage> pages = new ArrayList<>();
        for (PageLayout layout : layouts) {
            pages.add(placed(layout, furniture.row(layout.number)));
        }
        return new LaidOutBrief(
                pages,
                anchors(layouts),
                context.headings,
                PageMapBuilder.build(layouts, context.sourceOrder, context.pageStartsAfter));
    }

    /** The page's marks in drawing order: its furniture, then its rows; anchors are left to the anchor map. */
    private static LaidOutPage placed(PageLayout layout, Row furniture) {
        List<PlacedMark> marks = new ArrayList<>();
        for (Mark mark : furniture.marks) {
            marks.add(new PlacedMark(mark, 0, 0, 0));
        }
        int index = 1;
        for (PlacedRow placed : layout.rows) {
            for (Mark mark : placed.row().marks) {
                if (!(mark instanceof Mark.Anchor)) {
                    marks.add(new PlacedMark(mark, placed.x(), placed.top(), index));
                }
            }
            index++;
        }
        return new LaidOutPage(layout.number, marks);
    }

    private static Map<String, Destination> anchors(List<PageLayout> layouts) {
        Map<String, Destination> anchors = new HashMap<>();
        for (PageLayout layout : layouts) {
            for (PlacedRow placed : layout.rows) {
                for (Mark mark : placed.row().marks) {
                    if (mark instanceof Mark.Anchor) {
                        Mark.Anchor anchor = (Mark.Anchor) mark;
                        anchors.putIfAbsent(
                                anchor.id(),
                                new Destination(layout.number - 1, placed.top() + anchor.y(), anchor.owner()));
                    } else if (mark instanceof Mark.Text
                            && ((Mark.Text) mark).run() != null
                            && ((Mark.Text) mark).run().anchor() != null) {
                        anchors.putIfAbsent(
                                ((Mark.Text) mark).run().anchor(),
                                new Destination(layout.number - 1, placed.top(), mark.owner()));
                    }
                }
            }
        }
        return anchors;
    }
}
