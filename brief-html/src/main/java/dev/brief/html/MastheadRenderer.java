package dev.brief.html;

import dev.brief.core.language.Label;
import dev.brief.core.language.ListComma;
import dev.brief.core.model.Author;
import dev.brief.core.model.Metadata;
import dev.brief.core.model.PageMap;

/** Writes the banner: logo, series, the title as the only {@code h1}, subtitle, authors and date. */
final class MastheadRenderer {
    static final String TITLE_ID = "title";

    private final RenderContext context;
    private final MarkupWriter writer;

    MastheadRenderer(RenderContext context) {
        this.context = context;
        this.writer = context.writer();
    }

    void masthead() {
        Metadata metadata = context.brief().metadata();
        writer.start("header", "class", "masthead").newline();
        context.pageMarkers().writeLeading(PageMap.DOCUMENT_START, writer);
        context.brief()
                .publisher()
                .flatMap(publisher -> publisher.logo())
                .filter(logo -> context.images().canReference(logo.source()))
                .ifPresent(logo -> writer.empty(
                                "img",
                                "class",
                                "logo",
                                "src",
                                context.images().source(logo.source()),
                                "alt",
                                logo.alt())
                        .newline());
        String series = metadata.seriesLine();
        if (!series.isEmpty()) {
            writer.textElement("p", series, "class", "series").newline();
        }
        writer.textElement("h1", metadata.title(), "id", TITLE_ID).newline();
        metadata.subtitle().ifPresent(subtitle -> writer.textElement("p", subtitle, "class", "subtitle")
                .newline());
        if (!metadata.authors().isEmpty()) {
            writer.start(
                            "ul",
                            "class",
                            "authors",
                            "aria-label",
                            context.labels().text(Label.AUTHORS))
                    .newline();
            metadata.authors().forEach(this::author);
            writer.end("ul").newline();
        }
        metadata.date().ifPresent(date -> writer.start("p", "class", "date")
                .textElement("time", context.labels().date(date), "datetime", date.toString())
                .end("p")
                .newline());
        writer.end("header").newline();
    }

    private void author(Author author) {
        writer.start("li");
        writer.textElement("span", author.name(), "class", "author-name");
        String comma = ListComma.forLanguage(context.brief().metadata().language());
        author.affiliation()
                .ifPresent(affiliation -> writer.text(comma).textElement("span", affiliation, "class", "affiliation"));
        author.email().ifPresent(email -> writer.text(" ")
                .textElement("a", email, "href", "mailto:" + email, "class", "bare"));
        writer.end("li").newline();
    }
}
