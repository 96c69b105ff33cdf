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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the colophon says, and whether there is one: the publisher's identity (name, address, web address), the
 * ISBNs of the editions and the DOI for the side column; the authors' notes, mission, disclaimer, media contact
 * and rights for the main column. A brief with no publisher, ISBN, author note or rights has no colophon.
 */
final class ColophonPlanner {
    private ColophonPlanner() {}

    static Optional<Part.Colophon> plan(Brief brief, Labels labels) {
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
        List<ColophonParagraph> side = new ArrayList<>();
        List<ColophonParagraph> main = new ArrayList<>();
        if (publisher != null) {
            side.add(paragraph(Kind.PUBLISHER_NAME, publisher.name()));
            if (!publisher.address().isEmpty()) {
                side.add(paragraph(Kind.ADDRESS, String.join("\n", publisher.address())));
            }
            publisher
                    .url()
                    .ifPresent(url -> side.add(new ColophonParagraph(Kind.WEB_ADDRESS, lines(url), Optional.of(url))));
        }
        if (!identifiers.isbns().isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (Isbn isbn : identifiers.isbns()) {
                lines.add("ISBN " + isbn.value() + " (" + edition(isbn.edition(), labels) + ")");
            }
            side.add(paragraph(Kind.ISBNS, String.join("\n", lines)));
        }
        identifiers
                .doi()
                .ifPresent(doi -> side.add(
                        new ColophonParagraph(Kind.DOI, lines("DOI " + doi), Optional.of("https://doi.org/" + doi))));
        for (String note : notes) {
            main.add(paragraph(Kind.AUTHOR_NOTE, note));
        }
        if (publisher != null) {
            publisher.mission().ifPresent(value -> main.add(paragraph(Kind.MISSION, value)));
            publisher.disclaimer().ifPresent(value -> main.add(paragraph(Kind.DISCLAIMER, value)));
            publisher.mediaContact().ifPresent(value -> main.add(paragraph(Kind.MEDIA_CONTACT, value)));
        }
        brief.metadata().rights().ifPresent(value -> main.add(paragraph(Kind.RIGHTS, value)));
        return Optional.of(new Part.Colophon(publisher == null ? Optional.empty() : publisher.logo(), side, main));
    }

    private static ColophonParagraph paragraph(Kind kind, String text) {
        return new ColophonParagraph(kind, lines(text), Optional.empty());
    }

    /** A value's lines: a value written over several lines keeps its breaks, set as forced line breaks. */
    private static List<String> lines(String text) {
        return List.of(text.split("\n"));
    }

    private static String edition(Edition edition, Labels labels) {
        return edition == Edition.PRINT ? labels.text(Label.PRINT_EDITION) : edition.name();
    }
}
