package dev.brief.html;

import dev.brief.core.model.Block;
import dev.brief.core.model.Note;
import java.util.List;

/**
 * Writes the endnotes: a {@code doc-endnotes} section with an ordered list whose numbers are the note
 * numbers. Each note links back to every reference to it ({@code doc-backlink}). The note items carry no
 * role (DPUB-ARIA 1.1 deprecates {@code doc-endnote}); the EPUB flavour marks them {@code epub:type} for
 * pop-up notes in reading systems.
 */
final class NotesRenderer {
    static final String SECTION_ID = "notes";

    private final RenderContext context;
    private final MarkupWriter writer;
    private final BlockRenderer blocks;
    private final InlineRenderer inlines;

    NotesRenderer(RenderContext context, BlockRenderer blocks, InlineRenderer inlines) {
        this.context = context;
        this.writer = context.writer();
        this.blocks = blocks;
        this.inlines = inlines;
    }

    void notes() {
        List<Note> notes = context.brief().notes();
        if (notes.isEmpty()) {
            return;
        }
        String headingId = RenderContext.headingId(SECTION_ID);
        writer.start("section", "id", SECTION_ID, "class", "notes", "role", "doc-endnotes",
                "epub:type", context.flavor().epubType("endnotes"), "aria-labelledby", headingId).newline();
        writer.textElement("h2", context.labels().notes(), "id", headingId).newline();
        writer.start("ol").newline();
        for (Note note : notes) {
            note(note);
        }
        writer.end("ol").newline();
        writer.end("section").newline();
    }

    private void note(Note note) {
        writer.start("li", "id", note.id(), "value", Integer.toString(note.number()),
                "epub:type", context.flavor().noteType());
        context.pageMarkers().writeLeading(note.id(), writer);
        List<Block> content = note.blocks();
        // The back links close the note's last paragraph, so they read as its end, not as a new line.
        for (int i = 0; i < content.size(); i++) {
            if (i == content.size() - 1 && content.get(i) instanceof Block.Paragraph last) {
                writer.start("p", "id", last.id());
                inlines.render(last.inlines(), last.id());
                backLinks(note);
                writer.end("p");
            } else {
                content.get(i).accept(blocks);
            }
        }
        boolean endsInParagraph = !content.isEmpty() && content.get(content.size() - 1) instanceof Block.Paragraph;
        if (!endsInParagraph && !context.referencesTo(note.id()).isEmpty()) {
            writer.start("p");
            backLinks(note);
            writer.end("p");
        }
        writer.end("li").newline();
    }

    private void backLinks(Note note) {
        List<String> references = context.referencesTo(note.id());
        if (references.isEmpty()) {
            return;
        }
        writer.start("span", "class", "backlinks");
        for (int k = 1; k <= references.size(); k++) {
            // U+FE0E asks for the text form of the arrow, not an emoji.
            String symbol = "\u21A9\uFE0E" + (references.size() == 1 ? "" : Integer.toString(k));
            writer.textElement("a", symbol,
                    "href", "#" + references.get(k - 1),
                    "role", "doc-backlink",
                    "epub:type", context.flavor().epubType("backlink"),
                    "aria-label", context.labels().backLink(k, references.size()));
            if (k < references.size()) {
                writer.text(" ");
            }
        }
        writer.end("span");
    }
}
