package dev.brief.pdf.plan;

import dev.brief.core.language.Label;
import dev.brief.core.language.Labels;
import dev.brief.core.model.Author;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Edition;
import dev.brief.core.model.Identifiers;
import dev.brief.core.model.Isbn;
import dev.brief.core.model.Publisher;
import dev.brief.pdf.plan.Part.ColophonParagraph;
import dev.brief.pdf.plan.Part.ColophonParagraph.Kind;
import dev.brief.pdf.tag.StructureNode;
import dev.brief.pdf.tag.StructureRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the colophon says, and whether there is one: the publisher's logo and identity (name, address, web
 * address), the ISBNs of the editions and the DOI for the side column; the authors' notes, mission, disclaimer,
 * media contact and rights for the main column. A brief with no publisher, ISBN, author note or rights has no
 * colophon. Its elements (a Colophon, role-mapped to Sect, holding a Figure for the logo and a P per paragraph)
 * are planned in that order.
 */
final class ColophonPlanner {
    private final StructureNode colophon;

    private ColophonPlanner(StructureNode colophon) {
        this.colophon = colophon;
    }

    static Optional<Part.Colophon> plan(Brief brief, Labels labels, StructureNode document) {
        Identifiers identifiers = brief.metadata().identifiers();
        Publisher publisher = brief.publisher().orElse(null);
        List<String> notes = new ArrayList<>();
        for (Author author : brief.metadata().authors()) {
            author.bio().ifPresent(notes::add);
        }
        if (publisher == null
                && identifiers.isbns().isEmpty()
                && notes.isEmpty()
                && brief.metadata().rights().isEmpty()) {
            return Optional.empty();
        }
        StructureNode element = document.add(StructureRole.COLOPHON);
        ColophonPlanner planner = new ColophonPlanner(element);
        Optional<Publisher.Logo> logo = publisher == null ? Optional.empty() : publisher.logo();
        Optional<StructureNode> logoElement =
                logo.map(value -> element.add(StructureRole.FIGURE).alternateText(value.alt()));
        List<ColophonParagraph> side = new ArrayList<>();
        List<ColophonParagraph> main = new ArrayList<>();
        if (publisher != null) {
            side.add(planner.paragraph(Kind.PUBLISHER_NAME, publisher.name()));
            if (!publisher.address().isEmpty()) {
                side.add(planner.paragraph(Kind.ADDRESS, String.join("\n", publisher.address())));
            }
            publisher.url().ifPresent(url -> side.add(planner.paragraph(Kind.WEB_ADDRESS, url, url)));
        }
        if (!identifiers.isbns().isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (Isbn isbn : identifiers.isbns()) {
                lines.add("ISBN " + isbn.value() + " (" + edition(isbn.edition(), labels) + ")");
            }
            side.add(planner.paragraph(Kind.ISBNS, String.join("\n", lines)));
        }
        identifiers
                .doi()
                .ifPresent(doi -> side.add(planner.paragraph(Kind.DOI, "DOI " + doi, "https://doi.org/" + doi)));
        for (String note : notes) {
            main.add(planner.paragraph(Kind.AUTHOR_NOTE, note));
        }
        if (publisher != null) {
            publisher.mission().ifPresent(value -> main.add(planner.paragraph(Kind.MISSION, value)));
            publisher.disclaimer().ifPresent(value -> main.add(planner.paragraph(Kind.DISCLAIMER, value)));
            publisher.mediaContact().ifPresent(value -> main.add(planner.paragraph(Kind.MEDIA_CONTACT, value)));
        }
        brief.metadata().rights().ifPresent(value -> main.add(planner.paragraph(Kind.RIGHTS, value)));
        return Optional.of(new Part.Colophon(element, logo, logoElement, side, main));
    }

    private ColophonParagraph paragraph(Kind kind, String text) {
        return new ColophonParagraph(kind, lines(text), Optional.empty(), colophon.add(StructureRole.P));
    }

    private ColophonParagraph paragraph(Kind kind, String text, String target) {
        return new ColophonParagraph(kind, lines(text), Optional.of(target), colophon.add(StructureRole.P));
    }

    /** A value's lines: a value written over several lines keeps its breaks, set as forced line breaks. */
    private static List<String> lines(String text) {
        return List.of(text.split("\n"));
    }

    private static String edition(Edition edition, Labels labels) {
        return edition == Edition.PRINT ? labels.text(Label.PRINT_EDITION) : edition.name();
    }
}
