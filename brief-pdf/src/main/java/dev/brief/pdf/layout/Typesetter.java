package dev.brief.pdf.layout;

import dev.brief.core.language.Labels;
import dev.brief.core.language.TextDirection;
import dev.brief.core.model.Brief;
import dev.brief.core.model.PageMap;
import dev.brief.core.model.Section;
import dev.brief.pdf.tag.StructureNode;
import dev.brief.pdf.tag.TagTree;
import dev.brief.pdf.text.FontLibrary;
import dev.brief.pdf.text.FontSet;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Lays out and draws a brief: plans the tag tree in source order while setting every part into rows,
 * paginates, then paints page by page through the tag tree's handles. Returns the page count and page map.
 */
public final class Typesetter {
    private Typesetter() {}

    /** What typesetting produced besides the drawn pages. */
    public record Result(int pageCount, PageMap pageMap) {}

    public static Result typeset(Brief brief, PDDocument document, TagTree tree, Path baseDirectory, Color accent,
            float pageWidth, float pageHeight, FontLibrary fontLibrary, Labels labels) {
        Geometry geometry = new Geometry(pageWidth, pageHeight,
                new Mirror(TextDirection.of(brief.metadata().language())));
        Typography typography = new Typography(accent);
        FontSet fonts = new FontSet(document, fontLibrary, brief.metadata().language());
        LayoutContext context = new LayoutContext(brief, labels, typography, geometry, fonts,
                new ImageLoader(document, baseDirectory));
        StructureNode root = tree.root();

        List<Row> frontMatter = new FrontMatterLayouter(context, root).rows();
        List<Row> side = brief.summary().map(summary -> new SummaryLayouter(context).rows(summary, root))
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

        context.paragraphs.check(typography.furniture.face(), brief.metadata().runningTitle(), null);
        context.paragraphs.check(typography.furniture.face(),
                brief.publisher().map(publisher -> publisher.name()).orElse(""), null);
        context.paragraphs.checkCoverage();
        List<PageLayout> layouts = new Paginator(geometry).paginate(frontMatter, 36, side, main);
        List<PDPage> pages = new ArrayList<>();
        for (int i = 0; i < layouts.size(); i++) {
            PDPage page = new PDPage(new PDRectangle(pageWidth, pageHeight));
            document.addPage(page);
            pages.add(page);
        }
        Map<String, Destination> anchors = anchors(layouts);
        String publisher = brief.publisher().map(p -> p.name()).orElse("");
        Furniture furniture = new Furniture(fonts, typography, geometry, brief.metadata().runningTitle(), publisher);
        PagePainter painter = new PagePainter(document, tree, fonts, pages, furniture, anchors, labels);
        for (PageLayout layout : layouts) {
            painter.paint(layout);
        }
        OutlineWriter.write(document, pages, context.headings, anchors);
        fonts.embedSubsets();
        return new Result(layouts.size(), PageMapBuilder.build(layouts, context.sourceOrder, context.pageStartsAfter));
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
                        anchors.putIfAbsent(anchor.id(), new Destination(layout.number - 1, placed.top() + anchor.y()));
                    } else if (mark instanceof Mark.Text && ((Mark.Text) mark).run() != null
                            && ((Mark.Text) mark).run().anchor() != null) {
                        anchors.putIfAbsent(((Mark.Text) mark).run().anchor(),
                                new Destination(layout.number - 1, placed.top()));
                    }
                }
            }
        }
        return anchors;
    }
}
