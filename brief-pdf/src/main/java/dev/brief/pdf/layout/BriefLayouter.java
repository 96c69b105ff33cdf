package dev.brief.pdf.layout;

import dev.brief.core.language.Labels;
import dev.brief.core.language.TextDirection;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Section;
import dev.brief.pdf.fonts.FontSet;
import dev.brief.pdf.images.ImageLoader;
import dev.brief.pdf.tag.StructureNode;
import dev.brief.pdf.tag.TagTree;
import dev.brief.pdf.text.GlyphLayout;
import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The layout stage: plans the tag tree in source order while setting every part of the brief into rows of
 * owned marks, checks that every character has a font, paginates, and places the running header and page
 * number. Nothing is drawn yet; the result is painted page by page.
 */
public final class BriefLayouter {
    private BriefLayouter() {}

    /**
     * Lays out {@code brief} on pages {@code pageWidth} × {@code pageHeight} points, adding its structure
     * elements under the root of {@code tree}.
     *
     * @throws dev.brief.pdf.UncoveredCharactersException when characters are in no font, all of them listed
     */
    public static LaidOutBrief layOut(
            Brief brief,
            TagTree tree,
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
        StructureNode root = tree.root();

        List<Row> frontMatter = new FrontMatterLayouter(context, root).rows();
        List<Row> side = brief.summary()
                .map(summary -> new SummaryLayouter(context).rows(summary, root))
                .orElse(List.of());
        List<Row> main = new ArrayList<>();
        Frame body = new Frame(root, geometry.mainWidth(), typography.body, true, 7, 1);
        BodyLayouter layouter = new BodyLayouter(context, body, main);
        layouter.blocks(brief.lead());
        for (Section section : brief.sections()) {
            layouter.section(section);
        }
        List<Row> everything = new ArrayList<>(side);
        everything.addAll(main);
        main.addAll(new EndnotesLayouter(context).rows(root, firstReferences(everything)));
        main.addAll(new ColophonLayouter(context).rows(root));

        String publisher = brief.publisher().map(p -> p.name()).orElse("");
        context.paragraphs.check(typography.furniture.face(), brief.metadata().runningTitle(), null);
        context.paragraphs.check(typography.furniture.face(), publisher, null);
        context.paragraphs.checkCoverage();
        List<PageLayout> layouts = new Paginator(geometry).paginate(frontMatter, 36, side, main);
        Furniture furniture = new Furniture(
                fonts, glyphs, typography, geometry, brief.metadata().runningTitle(), publisher);
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

    /** The first reference to each note, in source order: where the note's label links back to. */
    private static Map<String, String> firstReferences(List<Row> rows) {
        Map<String, String> first = new HashMap<>();
        for (Row row : rows) {
            List<Row> all = row.isAsideMarker() ? row.aside : List.of(row);
            for (Row inner : all) {
                for (Mark mark : inner.marks) {
                    if (mark instanceof Mark.Text) {
                        TextRun run = ((Mark.Text) mark).run();
                        if (run != null && run.anchor() != null && run.target() != null) {
                            first.putIfAbsent(run.target().substring(1), run.anchor());
                        }
                    }
                }
            }
        }
        return first;
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
