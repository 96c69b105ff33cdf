package dev.brief.html;

import dev.brief.core.language.Label;
import dev.brief.core.language.TextDirection;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Section;
import dev.brief.core.model.Summary;

/**
 * Writes a whole document: the root with its language, the head, and the body's landmarks in reading order
 * (banner; main with summary, lead, sections and notes; content information with the colophon).
 */
final class DocumentRenderer {
    static final String XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml";
    static final String OPS_NAMESPACE = "http://www.idpf.org/2007/ops";
    /** The {@code main} element, where the body matter starts. */
    static final String MAIN_ID = "main";

    private final RenderContext context;
    private final MarkupWriter writer;
    private final InlineRenderer inlines;
    private final BlockRenderer blocks;

    DocumentRenderer(RenderContext context) {
        this.context = context;
        this.writer = context.writer();
        this.inlines = new InlineRenderer(context);
        this.blocks = new BlockRenderer(context, inlines);
    }

    /**
     * The document; {@code styleSheet} goes inline in the head. With {@code xmlDeclaration} the result is a
     * standalone XHTML file (EPUB); without, the same markup is an HTML5 document that is also well-formed XML.
     */
    String document(String styleSheet, boolean xmlDeclaration) {
        Brief brief = context.brief();
        String language = brief.metadata().language();
        if (xmlDeclaration) {
            writer.xmlDeclaration();
        }
        writer.doctype();
        writer.start(
                        "html",
                        "xmlns",
                        XHTML_NAMESPACE,
                        "xmlns:epub",
                        context.flavor().epubTypes() ? OPS_NAMESPACE : null,
                        "lang",
                        language,
                        "xml:lang",
                        language,
                        "dir",
                        TextDirection.of(language).attribute())
                .newline();
        writer.start("head").newline();
        writer.empty("meta", "charset", "utf-8").newline();
        writer.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
                .newline();
        writer.textElement("title", documentTitle(brief)).newline();
        if (!brief.metadata().authors().isEmpty()) {
            writer.empty(
                            "meta",
                            "name",
                            "author",
                            "content",
                            String.join(
                                    ", ",
                                    brief.metadata().authors().stream()
                                            .map(author -> author.name())
                                            .toList()))
                    .newline();
        }
        if (!brief.metadata().keywords().isEmpty()) {
            writer.empty(
                            "meta",
                            "name",
                            "keywords",
                            "content",
                            String.join(", ", brief.metadata().keywords()))
                    .newline();
        }
        writer.styleSheet(styleSheet).newline();
        writer.end("head").newline();
        writer.start("body").newline();
        new MastheadRenderer(context).masthead();
        writer.start("main", "id", MAIN_ID).newline();
        brief.summary().ifPresent(this::summary);
        blocks.blocks(brief.lead());
        for (Section section : brief.sections()) {
            blocks.section(section);
        }
        new NotesRenderer(context, blocks, inlines).notes();
        writer.end("main").newline();
        new ColophonRenderer(context).footer();
        writer.end("body").newline();
        writer.end("html").newline();
        context.pageMarkers().requireAllPlaced();
        return writer.finish();
    }

    private void summary(Summary summary) {
        String headingId = RenderContext.headingId(summary.id());
        writer.start(
                        "section",
                        "id",
                        summary.id(),
                        "class",
                        "summary",
                        "role",
                        "doc-abstract",
                        "epub:type",
                        context.flavor().epubType("abstract"),
                        "aria-labelledby",
                        headingId)
                .newline();
        writer.start("h2", "id", headingId);
        if (summary.title().isEmpty()) {
            context.pageMarkers().writeLeading(summary.id(), writer);
            writer.text(context.labels().text(Label.SUMMARY));
        } else {
            inlines.render(summary.title(), summary.id());
        }
        writer.end("h2").newline();
        writer.start("ul").newline();
        for (Summary.SummaryPoint point : summary.points()) {
            writer.start("li", "id", point.id());
            inlines.render(point.inlines(), point.id());
            writer.end("li").newline();
        }
        writer.end("ul").newline();
        writer.end("section").newline();
    }

    /** "Title: Subtitle", the name a browser tab and a screen reader announce first. */
    static String documentTitle(Brief brief) {
        return brief.metadata().title()
                + brief.metadata().subtitle().map(subtitle -> ": " + subtitle).orElse("");
    }
}
