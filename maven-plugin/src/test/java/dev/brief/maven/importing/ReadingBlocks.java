package dev.brief.maven.importing;

import dev.brief.core.model.Author;
import dev.brief.core.model.Block;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Note;
import dev.brief.core.model.PlainText;
import dev.brief.core.model.Section;
import dev.brief.core.model.Summary;
import java.util.ArrayList;
import java.util.List;

/**
 * A brief as a reader meets it, one block a line in the editions' reading order: title, authors, summary
 * points, lead, sections depth first, notes, colophon. Each block is its kind and its plain text, the projection
 * the corpus's hand-written {@code .expected} files are written in ({@code paragraph The economy has …}).
 */
final class ReadingBlocks {
    /** One block: {@code kind} is heading, paragraph, item, table, quote, figure, pullquote, about, note, … */
    record Reading(String kind, String text) {
        @Override
        public String toString() {
            return kind + " " + text;
        }
    }

    private final Brief brief;
    private final List<Reading> blocks = new ArrayList<>();

    private ReadingBlocks(Brief brief) {
        this.brief = brief;
    }

    static List<Reading> of(Brief brief) {
        ReadingBlocks reading = new ReadingBlocks(brief);
        reading.add("title", brief.metadata().title());
        for (Author author : brief.metadata().authors()) {
            reading.add("author", author.name());
        }
        brief.summary().ifPresent(summary -> {
            for (Summary.SummaryPoint point : summary.points()) {
                reading.add("summary", PlainText.of(point.inlines(), brief));
            }
        });
        reading.blocks(brief.lead());
        for (Section section : brief.allSections()) {
            reading.add("heading", PlainText.of(section.heading(), brief));
            reading.blocks(section.blocks());
        }
        for (Note note : brief.notes()) {
            List<Reading> inside = new ReadingBlocks(brief).blocksOf(note.blocks());
            reading.add(
                    "note",
                    note.number() + " " + (inside.isEmpty() ? "" : inside.get(0).text()));
        }
        brief.publisher()
                .flatMap(publisher -> publisher.disclaimer())
                .ifPresent(disclaimer -> reading.add("colophon", disclaimer));
        return List.copyOf(reading.blocks);
    }

    private List<Reading> blocksOf(List<Block> content) {
        blocks(content);
        return blocks;
    }

    private void add(String kind, String text) {
        blocks.add(new Reading(kind, text.strip()));
    }

    private void blocks(List<Block> content) {
        Block.Visitor<Void> visitor = new Block.Visitor<>() {
            @Override
            public Void paragraph(Block.Paragraph paragraph) {
                add("paragraph", PlainText.of(paragraph.inlines(), brief));
                return null;
            }

            @Override
            public Void list(Block.ListBlock list) {
                for (Block.ListItem item : list.items()) {
                    List<Reading> inside = new ReadingBlocks(brief).blocksOf(item.blocks());
                    add("item", inside.isEmpty() ? "" : inside.get(0).text());
                    blocks.addAll(inside.subList(Math.min(1, inside.size()), inside.size()));
                }
                return null;
            }

            @Override
            public Void quote(Block.Quote quote) {
                List<Reading> inside = new ReadingBlocks(brief).blocksOf(quote.blocks());
                inside.forEach(block -> add("quote", block.text()));
                return null;
            }

            @Override
            public Void figure(Block.Figure figure) {
                add("figure", PlainText.of(figure.caption(), brief));
                return null;
            }

            @Override
            public Void table(Block.Table table) {
                List<Block.TableRow> rows = table.headerRows().isEmpty() ? table.bodyRows() : table.headerRows();
                String first = rows.isEmpty() || rows.get(0).cells().isEmpty()
                        ? ""
                        : PlainText.of(rows.get(0).cells().get(0).inlines(), brief);
                add("table", first);
                return null;
            }

            @Override
            public Void pullQuote(Block.PullQuote pullQuote) {
                add("pullquote", PlainText.of(pullQuote.inlines(), brief));
                return null;
            }

            @Override
            public Void aboutBox(Block.AboutBox aboutBox) {
                add("about", PlainText.of(aboutBox.title(), brief));
                blocks(aboutBox.blocks());
                return null;
            }
        };
        content.forEach(block -> block.accept(visitor));
    }
}
