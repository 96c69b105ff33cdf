package dev.brief.html;

import dev.brief.core.model.Block;
import dev.brief.core.model.Section;
import java.util.List;

/**
 * Writes blocks and sections. Each block keeps its model id, so the notes, the page markers and the other
 * editions can point at it. Boxes (pull quote, about box) stay where the source put them: the reading order
 * is the source order, whatever the style sheet does with them visually.
 */
final class BlockRenderer implements Block.Visitor<Void> {
    private final RenderContext context;
    private final MarkupWriter writer;
    private final InlineRenderer inlines;
    /** The level of the heading above the current block: 1 (the title) outside any section. */
    private int headingLevel = 1;

    BlockRenderer(RenderContext context, InlineRenderer inlines) {
        this.context = context;
        this.writer = context.writer();
        this.inlines = inlines;
    }

    void section(Section section) {
        String headingId = RenderContext.headingId(section.id());
        writer.start("section", "id", section.id(), "aria-labelledby", headingId)
                .newline();
        writer.start("h" + section.level(), "id", headingId);
        inlines.render(section.heading(), section.id());
        writer.end("h" + section.level()).newline();
        int outer = headingLevel;
        headingLevel = section.level();
        blocks(section.blocks());
        for (Section subsection : section.subsections()) {
            section(subsection);
        }
        headingLevel = outer;
        writer.end("section").newline();
    }

    void blocks(List<Block> blocks) {
        for (Block block : blocks) {
            block.accept(this);
        }
    }

    @Override
    public Void paragraph(Block.Paragraph paragraph) {
        writer.start("p", "id", paragraph.id());
        inlines.render(paragraph.inlines(), paragraph.id());
        writer.end("p").newline();
        return null;
    }

    @Override
    public Void list(Block.ListBlock list) {
        context.pageMarkers().writeLeading(list.id(), writer);
        String name = list.ordered() ? "ol" : "ul";
        String start = list.ordered() && list.start() != 1 ? Integer.toString(list.start()) : null;
        writer.start(name, "id", list.id(), "start", start).newline();
        for (Block.ListItem item : list.items()) {
            writer.start("li", "id", item.id());
            context.pageMarkers().writeLeading(item.id(), writer);
            blocks(item.blocks());
            writer.end("li").newline();
        }
        writer.end(name).newline();
        return null;
    }

    @Override
    public Void quote(Block.Quote quote) {
        context.pageMarkers().writeLeading(quote.id(), writer);
        if (quote.attribution().isEmpty()) {
            writer.start("blockquote", "id", quote.id()).newline();
            blocks(quote.blocks());
            writer.end("blockquote").newline();
            return null;
        }
        // A quotation with its source: figure groups them, so the attribution is not part of the quotation.
        writer.start("figure", "class", "quote").newline();
        writer.start("blockquote", "id", quote.id()).newline();
        blocks(quote.blocks());
        writer.end("blockquote").newline();
        writer.start("figcaption");
        inlines.render(quote.attribution().get());
        writer.end("figcaption").newline();
        writer.end("figure").newline();
        return null;
    }

    @Override
    public Void figure(Block.Figure figure) {
        context.pageMarkers().writeAtStart(figure.id(), writer);
        writer.start("figure", "id", figure.id()).newline();
        writer.empty(
                "img", "src", context.images().source(figure.source()), "alt", figure.decorative() ? "" : figure.alt());
        if (!figure.caption().isEmpty()) {
            writer.start("figcaption");
            inlines.render(figure.caption(), figure.id());
            writer.end("figcaption");
        } else {
            context.pageMarkers().writeLeading(figure.id(), writer);
        }
        writer.newline().end("figure").newline();
        return null;
    }

    @Override
    public Void table(Block.Table table) {
        new TableRenderer(context, inlines).table(table);
        return null;
    }

    @Override
    public Void pullQuote(Block.PullQuote pullQuote) {
        // Read in place as an ordinary passage: it is written once, so nothing is hidden from screen readers.
        writer.start(
                        "aside",
                        "id",
                        pullQuote.id(),
                        "role",
                        "doc-pullquote",
                        "epub:type",
                        context.flavor().epubType("pullquote"),
                        "class",
                        "pullquote")
                .newline();
        writer.start("p");
        inlines.render(pullQuote.inlines(), pullQuote.id());
        writer.end("p").newline();
        if (pullQuote.attribution().isPresent()) {
            writer.start("p", "class", "attribution");
            inlines.render(pullQuote.attribution().get());
            writer.end("p").newline();
        }
        writer.end("aside").newline();
        return null;
    }

    @Override
    public Void aboutBox(Block.AboutBox aboutBox) {
        String headingId = RenderContext.headingId(aboutBox.id());
        String heading = "h" + Math.min(headingLevel + 1, 6);
        writer.start("aside", "id", aboutBox.id(), "aria-labelledby", headingId, "class", "about")
                .newline();
        writer.start(heading, "id", headingId);
        inlines.render(aboutBox.title(), aboutBox.id());
        writer.end(heading).newline();
        int outer = headingLevel;
        headingLevel = Math.min(headingLevel + 1, 6);
        blocks(aboutBox.blocks());
        headingLevel = outer;
        writer.end("aside").newline();
        return null;
    }
}
