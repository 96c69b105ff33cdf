package dev.brief.html;

import dev.brief.core.model.Block;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Inline;
import dev.brief.core.model.Note;
import dev.brief.core.model.Section;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every reference to every note, in reading order, found before anything is written: a note's back links
 * must cover all references to it, including those that come after it (a note that cites another note).
 */
final class NoteReferences implements Block.Visitor<Void>, Inline.Visitor<Void> {
    private final Map<String, List<String>> byNote = new LinkedHashMap<>();

    private NoteReferences() {}

    static Map<String, List<String>> of(Brief brief) {
        NoteReferences references = new NoteReferences();
        brief.summary().ifPresent(summary -> {
            references.inlines(summary.title());
            summary.points().forEach(point -> references.inlines(point.inlines()));
        });
        references.blocks(brief.lead());
        for (Section section : brief.allSections()) {
            references.inlines(section.heading());
            references.blocks(section.blocks());
        }
        for (Note note : brief.notes()) {
            references.blocks(note.blocks());
        }
        return references.byNote;
    }

    private void blocks(List<Block> blocks) {
        blocks.forEach(block -> block.accept(this));
    }

    private void inlines(List<Inline> inlines) {
        inlines.forEach(inline -> inline.accept(this));
    }

    @Override
    public Void paragraph(Block.Paragraph paragraph) {
        inlines(paragraph.inlines());
        return null;
    }

    @Override
    public Void list(Block.ListBlock list) {
        list.items().forEach(item -> blocks(item.blocks()));
        return null;
    }

    @Override
    public Void quote(Block.Quote quote) {
        blocks(quote.blocks());
        quote.attribution().ifPresent(this::inlines);
        return null;
    }

    @Override
    public Void figure(Block.Figure figure) {
        inlines(figure.caption());
        return null;
    }

    @Override
    public Void table(Block.Table table) {
        inlines(table.caption());
        table.headerRows().forEach(row -> row.cells().forEach(cell -> inlines(cell.inlines())));
        table.bodyRows().forEach(row -> row.cells().forEach(cell -> inlines(cell.inlines())));
        return null;
    }

    @Override
    public Void pullQuote(Block.PullQuote pullQuote) {
        inlines(pullQuote.inlines());
        pullQuote.attribution().ifPresent(this::inlines);
        return null;
    }

    @Override
    public Void aboutBox(Block.AboutBox aboutBox) {
        inlines(aboutBox.title());
        blocks(aboutBox.blocks());
        return null;
    }

    @Override
    public Void text(Inline.Text text) {
        return null;
    }

    @Override
    public Void emphasis(Inline.Emphasis emphasis) {
        inlines(emphasis.children());
        return null;
    }

    @Override
    public Void strong(Inline.Strong strong) {
        inlines(strong.children());
        return null;
    }

    @Override
    public Void link(Inline.Link link) {
        inlines(link.children());
        return null;
    }

    @Override
    public Void noteRef(Inline.NoteRef noteRef) {
        byNote.computeIfAbsent(noteRef.noteId(), id -> new ArrayList<>()).add(noteRef.id());
        return null;
    }

    @Override
    public Void code(Inline.Code code) {
        return null;
    }

    @Override
    public Void lineBreak(Inline.LineBreak lineBreak) {
        return null;
    }
}
