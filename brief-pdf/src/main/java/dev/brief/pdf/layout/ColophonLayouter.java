package dev.brief.pdf.layout;

import dev.brief.pdf.text.Face;
import dev.brief.core.model.Author;
import dev.brief.core.model.Edition;
import dev.brief.core.model.Identifiers;
import dev.brief.core.model.Isbn;
import dev.brief.core.model.Publisher;
import dev.brief.pdf.tag.Artifact;
import dev.brief.pdf.tag.StructureNode;
import dev.brief.pdf.tag.StructureRole;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The publisher colophon closing the brief: logo, name and address, web address, ISBNs and DOI, mission,
 * disclaimer, media contact, rights; kept together under a rule. A Colophon element role-mapped to Sect.
 */
final class ColophonLayouter {
    private final LayoutContext context;
    private StructureNode colophon;
    private final List<Row> rows = new ArrayList<>();
    private float width;

    ColophonLayouter(LayoutContext context) {
        this.context = context;
    }

    List<Row> rows(StructureNode document) {
        width = context.geometry.mainWidth();
        Identifiers identifiers = context.brief.metadata().identifiers();
        List<String> bios = new ArrayList<>();
        for (Author author : context.brief.metadata().authors()) {
            author.bio().ifPresent(bios::add);
        }
        Publisher publisher = context.brief.publisher().orElse(null);
        if (publisher == null && identifiers.isbns().isEmpty() && bios.isEmpty()
                && context.brief.metadata().rights().isEmpty()) {
            return rows;
        }
        colophon = document.add(StructureRole.COLOPHON);
        Row rule = new Row(14, 30);
        rule.add(new Item.Rule(Artifact.RULE, context.typography.accent, 1.5f, 0, 0, width, 0));
        rows.add(rule);
        for (String bio : bios) {
            paragraph(bio, context.typography.colophon, null);
        }
        if (publisher != null) {
            publisher.logo().ifPresent(logo -> logo(logo));
            paragraph(publisher.name(), context.typography.colophon.withFace(Face.SANS_BOLD).withColor(Typography.INK),
                    null);
            if (!publisher.address().isEmpty()) {
                paragraph(String.join(", ", publisher.address()), context.typography.colophon, null);
            }
            publisher.url().ifPresent(url -> paragraph(url, context.typography.colophon, url));
        }
        for (Isbn isbn : identifiers.isbns()) {
            paragraph("ISBN " + isbn.value() + " (" + edition(isbn.edition()) + ")", context.typography.colophon, null);
        }
        identifiers.doi().ifPresent(doi -> paragraph("DOI " + doi, context.typography.colophon, "https://doi.org/" + doi));
        if (publisher != null) {
            publisher.mission().ifPresent(text -> paragraph(text, context.typography.colophon, null));
            publisher.disclaimer().ifPresent(text -> paragraph(text, context.typography.colophon, null));
            publisher.mediaContact().ifPresent(text -> paragraph(text, context.typography.colophon, null));
        }
        context.brief.metadata().rights().ifPresent(text -> paragraph(text, context.typography.colophon, null));
        for (int i = 1; i < rows.size(); i++) {
            rows.get(i).keepWithPrevious = true;
        }
        return rows;
    }

    private void logo(Publisher.Logo logo) {
        PDImageXObject image = context.images.load(logo.source());
        StructureNode figure = colophon.add(StructureRole.FIGURE).alternateText(logo.alt());
        float height = 30;
        float imageWidth = Math.min(width * 0.5f, height * image.getWidth() / image.getHeight());
        height = imageWidth * image.getHeight() / image.getWidth();
        Row row = new Row(height, 4);
        row.add(new Item.Image(figure, image, 0, 0, imageWidth, height));
        rows.add(row);
    }

    private void paragraph(String text, TextStyle style, String target) {
        StructureNode p = colophon.add(StructureRole.P);
        StructureNode owner = target == null ? p : p.addInline(StructureRole.LINK);
        TextRun run = new TextRun(text, style.face(), style.size(), false, owner, null, 0, target, null, false);
        rows.addAll(context.paragraphs.rows(List.of(run), style, width, false, 5));
    }

    private static String edition(Edition edition) {
        return edition == Edition.PRINT ? "print" : edition.name();
    }
}
