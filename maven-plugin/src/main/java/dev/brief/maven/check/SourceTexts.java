package dev.brief.maven.check;

import dev.brief.core.model.Block;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Inline;
import dev.brief.core.model.Note;
import dev.brief.core.model.PlainText;
import dev.brief.core.model.Section;
import dev.brief.core.model.Summary;
import java.util.ArrayList;
import java.util.List;

/**
 * The brief's text in source order, one unit per element that carries text (summary point, heading,
 * paragraph, caption, table cell, pull quote, note …), each with the element id that locates it in the source.
 */
final class SourceTexts implements Block.Visitor<Void> {
    /** A piece of text and the element it belongs to. */
    record Unit(String elementId, String text) {}

    private final Brief brief;
    private final List<Unit> units = new ArrayList<>();

    private SourceTexts(Brief brief) {
        this.brief = brief;
    }

    static List<Unit> of(Brief brief) {
        SourceTexts texts = new SourceTexts(brief);
        brief.summary().ifPresent(summary -> {
            for (Summary.SummaryPoint point : summary.points()) {
                texts.add(point.id(), point.inlines());
            }
        });
        texts.blocks(brief.lead());
        texts.sections(brief.sections());
        for (Note note : brief.notes()) {
            texts.blocks(note.blocks());
        }
        return List.copyOf(texts.units);
    }

    private void sections(List<Section> sections) {
        for (Section section : sections) {
            add(section.id(), section.heading());
            blocks(section.blocks());
            sections(section.subsections());
        }
    }

    private void blocks(List<Block> blocks) {
        for (Block block : blocks) {
            block.accept(this);
        }
    }

    private void add(String id, List<Inline> inlines) {
        String text = PlainText.of(inlines, brief);
        if (!text.isBlank()) {
            units.add(new Unit(id, text));
        }
    }

    @Override
    public Void paragraph(Block.Paragraph paragraph) {
        add(paragraph.id(), paragraph.inlines());
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
        quote.attribution().ifPresent(attribution -> add(quote.id(), attribution));
        return null;
    }

    @Override
    public Void figure(Block.Figure figure) {
        add(figure.id(), figure.caption());
        return null;
    }

    @Override
    public Void table(Block.Table table) {
        add(table.id(), table.caption());
        for (Block.TableRow row : table.headerRows()) {
            row.cells().forEach(cell -> add(table.id(), cell.inlines()));
        }
        for (Block.TableRow row : table.bodyRows()) {
            row.cells().forEach(cell -> add(table.id(), cell.inlines()));
        }
        return null;
    }

    @Override
    public Void pullQuote(Block.PullQuote pullQuote) {
        add(pullQuote.id(), pullQuote.inlines());
        pullQuote.attribution().ifPresent(attribution -> add(pullQuote.id(), attribution));
        return null;
    }

    @Override
    public Void aboutBox(Block.AboutBox aboutBox) {
        add(aboutBox.id(), aboutBox.title());
        blocks(aboutBox.blocks());
        return null;
    }
}
