package dev.brief.html;

import dev.brief.core.language.Label;
import dev.brief.core.model.Block;
import dev.brief.core.model.Note;
import java.util.List;

/**
 * Writes the endnotes: a {@code doc-endnotes} section with an ordered list whose numbers are the note
 * numbers. Each note links back to every reference to it ({@code doc-backlink}).
 *
 * <p>In the print edition each list item is the note (DPUB-ARIA 1.1 deprecates {@code doc-endnote}, so it
 * carries no role). In the EPUB the note is a {@code div} inside its list item, typed {@code footnote} with
 * role {@code doc-footnote}: Apple Books pops up only {@code footnote}-typed targets, Kobo pops up that type
 * too, and Ace requires the matching role, which ARIA in HTML does not allow on {@code li}. A {@code div}, not
 * an {@code aside}, because Apple Books and Readium-based readers hide {@code aside} notes from the reading
 * flow and the list would be empty. A page that begins at the note is marked in the list item, before the
 * {@code div}, so the marker stays in the text and out of the pop-up.
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
        writer.start(
                        "section",
                        "id",
                        SECTION_ID,
                        "class",
                        "notes",
                        "role",
                        "doc-endnotes",
                        "epub:type",
                        context.flavor().epubType("endnotes"),
                        "aria-labelledby",
                        headingId)
                .newline();
        writer.textElement("h2", context.labels().text(Label.NOTES), "id", headingId)
                .newline();
        writer.start("ol").newline();
        for (Note note : notes) {
            note(note);
        }
        writer.end("ol").newline();
        writer.end("section").newline();
    }

    private void note(Note note) {
        String number = Integer.toString(note.number());
        if (context.flavor().wrapsNotesForPopUps()) {
            writer.start("li", "value", number);
            context.pageMarkers().writeLeading(note.id(), writer);
            writer.start("div", "id", note.id(), "class", "note", "epub:type", "footnote", "role", "doc-footnote");
            content(note);
            writer.end("div");
        } else {
            writer.start("li", "id", note.id(), "value", number);
            context.pageMarkers().writeLeading(note.id(), writer);
            content(note);
        }
        writer.end("li").newline();
    }

    private void content(Note note) {
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
            writer.textElement(
                    "a",
                    symbol,
                    "href",
                    "#" + references.get(k - 1),
                    "role",
                    "doc-backlink",
                    "epub:type",
                    context.flavor().epubType("backlink"),
                    "aria-label",
                    references.size() == 1
                            ? context.labels().text(Label.BACK_TO_REFERENCE)
                            : context.labels().format(Label.BACK_TO_REFERENCE_NUMBERED, k));
            if (k < references.size()) {
                writer.text(" ");
            }
        }
        writer.end("span");
    }
}
