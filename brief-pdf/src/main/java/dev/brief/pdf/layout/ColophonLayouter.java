package dev.brief.pdf.layout;

import dev.brief.core.language.Label;
import dev.brief.core.model.Author;
import dev.brief.core.model.Edition;
import dev.brief.core.model.Identifiers;
import dev.brief.core.model.Isbn;
import dev.brief.core.model.PageMap;
import dev.brief.core.model.Publisher;
import dev.brief.pdf.fonts.Face;
import dev.brief.pdf.tag.Artifact;
import dev.brief.pdf.tag.StructureNode;
import dev.brief.pdf.tag.StructureRole;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The publisher colophon closing the brief, one unbreakable block at the foot of the last page: the
 * publisher's identity (logo, name, address, web address, ISBNs, DOI) in the side column (on whichever side the
 * grid puts it, see {@link Geometry}), the authors'
 * notes, mission, disclaimer, media contact and rights in the main column. A Colophon element role-mapped
 * to Sect, read in that order. Its text has no model element: a page it opens begins at
 * {@link PageMap#COLOPHON}.
 */
final class ColophonLayouter {
    private final LayoutContext context;
    private StructureNode colophon;

    ColophonLayouter(LayoutContext context) {
        this.context = context;
    }

    List<Row> rows(StructureNode document) {
        Identifiers identifiers = context.brief.metadata().identifiers();
        Publisher publisher = context.brief.publisher().orElse(null);
        List<String> bios = new ArrayList<>();
        for (Author author : context.brief.metadata().authors()) {
            author.bio().ifPresent(bios::add);
        }
        if (publisher == null
                && identifiers.isbns().isEmpty()
                && bios.isEmpty()
                && context.brief.metadata().rights().isEmpty()) {
            return List.of();
        }
        colophon = document.add(StructureRole.COLOPHON);
        TextStyle small = context.typography.colophon;
        float sideWidth = context.geometry.sideWidth();
        float mainWidth = context.geometry.mainWidth();
        List<Row> side = new ArrayList<>();
        List<Row> main = new ArrayList<>();
        if (publisher != null) {
            publisher.logo().ifPresent(logo -> logo(logo, side, sideWidth));
            side.addAll(paragraph(
                    publisher.name(), small.withFace(Face.SANS_BOLD).withColor(Typography.INK), null, sideWidth, 6));
            if (!publisher.address().isEmpty()) {
                side.addAll(paragraph(String.join("\n", publisher.address()), small, null, sideWidth, 2));
            }
            publisher.url().ifPresent(url -> side.addAll(paragraph(url, small, url, sideWidth, 2)));
        }
        if (!identifiers.isbns().isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (Isbn isbn : identifiers.isbns()) {
                lines.add("ISBN " + isbn.value() + " (" + edition(isbn.edition()) + ")");
            }
            side.addAll(paragraph(String.join("\n", lines), small, null, sideWidth, 6));
        }
        identifiers
                .doi()
                .ifPresent(doi -> side.addAll(paragraph("DOI " + doi, small, "https://doi.org/" + doi, sideWidth, 2)));
        TextStyle text = small.withColor(Typography.INK);
        for (String bio : bios) {
            main.addAll(paragraph(bio, text, null, mainWidth, 4));
        }
        if (publisher != null) {
            publisher.mission().ifPresent(value -> main.addAll(paragraph(value, text, null, mainWidth, 8)));
            publisher.disclaimer().ifPresent(value -> main.addAll(paragraph(value, small, null, mainWidth, 4)));
            publisher.mediaContact().ifPresent(value -> main.addAll(paragraph(value, small, null, mainWidth, 4)));
        }
        context.brief.metadata().rights().ifPresent(value -> main.addAll(paragraph(value, small, null, mainWidth, 4)));
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

    private void logo(Publisher.Logo logo, List<Row> into, float width) {
        PDImageXObject image = context.images.load(logo.source(), null);
        StructureNode figure = colophon.add(StructureRole.FIGURE).alternateText(logo.alt());
        float height = 34;
        float imageWidth = Math.min(width, height * image.getWidth() / image.getHeight());
        height = imageWidth * image.getHeight() / image.getWidth();
        Row row = new Row(height, 0);
        row.add(new Mark.Image(figure, image, context.mirror.x(0, imageWidth, width), 0, imageWidth, height));
        into.add(row);
    }

    private List<Row> paragraph(String text, TextStyle style, String target, float width, float spaceBefore) {
        StructureNode p = colophon.add(StructureRole.P);
        StructureNode owner = target == null ? p : p.addInline(StructureRole.LINK);
        List<TextRun> runs = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                runs.add(new TextRun(
                        " ", style.face(), style.size(), false, owner, PageMap.COLOPHON, 0, target, null, true));
            }
            runs.add(new TextRun(
                    lines[i], style.face(), style.size(), false, owner, PageMap.COLOPHON, 0, target, null, false));
        }
        return context.paragraphs.rows(runs, style, width, false, spaceBefore);
    }

    private String edition(Edition edition) {
        return edition == Edition.PRINT ? context.labels.text(Label.PRINT_EDITION) : edition.name();
    }
}
