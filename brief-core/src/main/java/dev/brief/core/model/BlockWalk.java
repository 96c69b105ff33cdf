package dev.brief.core.model;

import dev.brief.core.model.BriefWalker.Listener;
import dev.brief.core.model.BriefWalker.Passage;
import dev.brief.core.model.BriefWalker.Role;
import java.util.List;

/** The block half of {@link BriefWalker}: one method per block kind, so a new kind cannot be walked past. */
final class BlockWalk implements Block.Visitor<Void> {
    private final Listener listener;

    BlockWalk(Listener listener) {
        this.listener = listener;
    }

    void section(Section section) {
        listener.enterSection(section);
        passage(section.id(), Role.HEADING, section.heading());
        blocks(section.blocks());
        for (Section subsection : section.subsections()) {
            section(subsection);
        }
        listener.leaveSection(section);
    }

    void blocks(List<Block> blocks) {
        for (Block block : blocks) {
            listener.enterBlock(block);
            block.accept(this);
            listener.leaveBlock(block);
        }
    }

    private void passage(String elementId, Role role, List<Inline> inlines) {
        listener.passage(new Passage(elementId, role, inlines));
    }

    @Override
    public Void paragraph(Block.Paragraph paragraph) {
        passage(paragraph.id(), Role.PARAGRAPH, paragraph.inlines());
        return null;
    }

    @Override
    public Void list(Block.ListBlock list) {
        for (Block.ListItem item : list.items()) {
            listener.enterListItem(item);
            blocks(item.blocks());
            listener.leaveListItem(item);
        }
        return null;
    }

    @Override
    public Void quote(Block.Quote quote) {
        blocks(quote.blocks());
        quote.attribution().ifPresent(attribution -> passage(quote.id(), Role.ATTRIBUTION, attribution));
        return null;
    }

    @Override
    public Void figure(Block.Figure figure) {
        passage(figure.id(), Role.CAPTION, figure.caption());
        return null;
    }

    @Override
    public Void table(Block.Table table) {
        passage(table.id(), Role.CAPTION, table.caption());
        cells(table, table.headerRows());
        cells(table, table.bodyRows());
        return null;
    }

    private void cells(Block.Table table, List<Block.TableRow> rows) {
        for (Block.TableRow row : rows) {
            row.cells().forEach(cell -> passage(table.id(), Role.TABLE_CELL, cell.inlines()));
        }
    }

    @Override
    public Void pullQuote(Block.PullQuote pullQuote) {
        passage(pullQuote.id(), Role.PULL_QUOTE, pullQuote.inlines());
        pullQuote.attribution().ifPresent(attribution -> passage(pullQuote.id(), Role.ATTRIBUTION, attribution));
        return null;
    }

    @Override
    public Void aboutBox(Block.AboutBox aboutBox) {
        passage(aboutBox.id(), Role.ABOUT_TITLE, aboutBox.title());
        blocks(aboutBox.blocks());
        return null;
    }
}
