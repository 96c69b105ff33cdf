package dev.brief.pdf;

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
 * The text blocks of a brief in source order, as a reader should hear them: title, summary, lead,
 * sections depth first with every block where the source has it (pull quotes and the about box too), notes.
 */
final class SourceText implements Block.Visitor<Void> {
    private final Brief brief;
    private final List<String> blocks = new ArrayList<>();

    private SourceText(Brief brief) {
        this.brief = brief;
    }

    static List<String> blocks(Brief brief) {
        SourceText text = new SourceText(brief);
        text.blocks.add(brief.metadata().title());
        brief.metadata().subtitle().ifPresent(text.blocks::add);
        brief.summary().ifPresent(summary -> {
            text.add(summary.title());
            for (Summary.SummaryPoint point : summary.points()) {
                text.add(point.inlines());
            }
        });
        text.blocks(brief.lead());
        for (Section section : brief.sections()) {
            text.section(section);
        }
        for (Note note : brief.notes()) {
            text.blocks(note.blocks());
        }
        return text.blocks;
    }

    /** The text blocks of the brief's notes alone, the tail of {@link #blocks}. */
    static List<String> noteBlocks(Brief brief) {
        SourceText text = new SourceText(brief);
        for (Note note : brief.notes()) {
            text.blocks(note.blocks());
        }
        return text.blocks;
    }

    /** Whitespace collapsed, so that line ends and spaces compare equal. */
    static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private void section(Section section) {
        add(section.heading());
        blocks(section.blocks());
        for (Section subsection : section.subsections()) {
            section(subsection);
        }
    }

    private void blocks(List<Block> list) {
        for (Block block : list) {
            block.accept(this);
        }
    }

    private void add(List<Inline> inlines) {
        String text = normalise(PlainText.of(inlines, brief));
        if (!text.isEmpty()) {
            blocks.add(text);
        }
    }

    @Override
    public Void paragraph(Block.Paragraph paragraph) {
        add(paragraph.inlines());
        return null;
    }

    @Override
    public Void list(Block.ListBlock list) {
        for (Block.ListItem item : list.items()) {
            blocks(item.blocks());
        }
        return null;
    }

    @Override
    public Void quote(Block.Quote quote) {
        blocks(quote.blocks());
        quote.attribution().ifPresent(this::add);
        return null;
    }

    @Override
    public Void figure(Block.Figure figure) {
        add(figure.caption());
        return null;
    }

    @Override
    public Void table(Block.Table table) {
        add(table.caption());
        for (Block.TableRow row : table.headerRows()) {
            row.cells().forEach(cell -> add(cell.inlines()));
        }
        for (Block.TableRow row : table.bodyRows()) {
            row.cells().forEach(cell -> add(cell.inlines()));
        }
        return null;
    }

    @Override
    public Void pullQuote(Block.PullQuote pullQuote) {
        add(pullQuote.inlines());
        pullQuote.attribution().ifPresent(this::add);
        return null;
    }

    @Override
    public Void aboutBox(Block.AboutBox aboutBox) {
        add(aboutBox.title());
        blocks(aboutBox.blocks());
        return null;
    }
}
