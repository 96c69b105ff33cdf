package dev.brief.html;

import dev.brief.core.language.Label;
import dev.brief.core.model.Author;
import dev.brief.core.model.Edition;
import dev.brief.core.model.Identifiers;
import dev.brief.core.model.Isbn;
import dev.brief.core.model.Metadata;
import dev.brief.core.model.PageMap;
import dev.brief.core.model.Publisher;
import java.util.List;
import java.util.Optional;

/**
 * Writes the content information: the authors' biographies and the colophon ({@code doc-colophon}) with the
 * publisher, its address, mission, disclaimer and media contact, the rights and the identifiers.
 */
final class ColophonRenderer {
    static final String AUTHORS_ID = "authors";
    static final String COLOPHON_ID = "colophon";

    private final RenderContext context;
    private final MarkupWriter writer;

    ColophonRenderer(RenderContext context) {
        this.context = context;
        this.writer = context.writer();
    }

    void footer() {
        writer.start("footer").newline();
        // The paginated edition sets biographies and colophon as one closing block: a page it opens starts here.
        context.pageMarkers().writeLeading(PageMap.COLOPHON, writer);
        biographies();
        colophon();
        writer.end("footer").newline();
    }

    private void biographies() {
        List<Author> withBio = context.brief().metadata().authors().stream()
                .filter(a -> a.bio().isPresent())
                .toList();
        if (withBio.isEmpty()) {
            return;
        }
        String headingId = RenderContext.headingId(AUTHORS_ID);
        writer.start("section", "id", AUTHORS_ID, "aria-labelledby", headingId).newline();
        writer.textElement("h2", context.labels().text(Label.ABOUT_AUTHORS), "id", headingId)
                .newline();
        for (Author author : withBio) {
            String bio = author.bio().get();
            writer.start("p", "class", "bio");
            // Biographies usually open with the name; only add it when this one does not.
            if (!bio.startsWith(author.name())) {
                writer.textElement("span", author.name(), "class", "author-name")
                        .text(" ");
            }
            writer.text(bio);
            writer.end("p").newline();
        }
        writer.end("section").newline();
    }

    private void colophon() {
        Metadata metadata = context.brief().metadata();
        Optional<Publisher> publisher = context.brief().publisher();
        String headingId = RenderContext.headingId(COLOPHON_ID);
        writer.start(
                        "section",
                        "id",
                        COLOPHON_ID,
                        "role",
                        "doc-colophon",
                        "epub:type",
                        context.flavor().epubType("colophon"),
                        "aria-labelledby",
                        headingId)
                .newline();
        writer.textElement("h2", context.labels().text(Label.COLOPHON), "id", headingId)
                .newline();
        publisher.ifPresent(this::publisher);
        metadata.rights().ifPresent(rights -> writer.textElement("p", rights, "class", "rights")
                .newline());
        identifiers(metadata.identifiers());
        writer.end("section").newline();
    }

    private void publisher(Publisher publisher) {
        writer.start("p", "class", "publisher");
        writer.textElement("strong", publisher.name());
        for (String line : publisher.address()) {
            writer.empty("br").text(line);
        }
        publisher.url().ifPresent(url -> {
            InlineRenderer.requireSafeScheme(url);
            writer.empty("br").textElement("a", url, "href", url, "class", "bare");
        });
        writer.end("p").newline();
        publisher.mission().ifPresent(mission -> writer.textElement("p", mission, "class", "mission")
                .newline());
        publisher.disclaimer().ifPresent(disclaimer -> writer.textElement("p", disclaimer, "class", "disclaimer")
                .newline());
        publisher.mediaContact().ifPresent(contact -> writer.textElement("p", contact, "class", "media-contact")
                .newline());
    }

    private void identifiers(Identifiers identifiers) {
        if (identifiers.isbns().isEmpty()
                && identifiers.doi().isEmpty()
                && identifiers.url().isEmpty()) {
            return;
        }
        writer.start("dl", "class", "identifiers").newline();
        for (Isbn isbn : identifiers.isbns()) {
            writer.textElement("dt", "ISBN (" + editionName(isbn.edition()) + ")");
            writer.textElement("dd", isbn.value()).newline();
        }
        identifiers.doi().ifPresent(doi -> {
            writer.textElement("dt", "DOI");
            writer.start("dd")
                    .textElement("a", doi, "href", "https://doi.org/" + doi, "class", "bare")
                    .end("dd")
                    .newline();
        });
        identifiers.url().ifPresent(url -> {
            InlineRenderer.requireSafeScheme(url);
            writer.textElement("dt", "URL");
            writer.start("dd")
                    .textElement("a", url, "href", url, "class", "bare")
                    .end("dd")
                    .newline();
        });
        writer.end("dl").newline();
    }

    private String editionName(Edition edition) {
        return switch (edition) {
            case PRINT -> context.labels().text(Label.PRINT_EDITION);
            case PDF -> "PDF";
            case EPUB -> "EPUB";
            case HTML -> "HTML";
        };
    }
}
