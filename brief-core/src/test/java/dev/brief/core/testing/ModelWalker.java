package dev.brief.core.testing;

import dev.brief.core.model.Block;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Inline;
import dev.brief.core.model.Note;
import dev.brief.core.model.Section;
import dev.brief.core.model.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Visits every inline of a brief in reading order (summary, lead, sections depth first, notes), nested
 * inlines included, and lists every element id; for tests that check properties of a whole brief.
 */
public final class ModelWalker {
    private final Consumer<Inline> onInline;

    public ModelWalker(Consumer<Inline> onInline) {
        this.onInline = onInline;
    }

    /** Every element id of the brief, in reading order (note reference ids included). */
    public static List<String> ids(Brief brief) {
        List<String> ids = new ArrayList<>();
        brief.summary().ifPresent(summary -> {
            ids.add(summary.id());
            summary.points().forEach(point -> ids.add(point.id()));
        });
        ModelWalker references = new ModelWalker(inline -> {
            if (inline instanceof Inline.NoteRef) {
                ids.add(((Inline.NoteRef) inline).id());
            }
        });
        for (Block block : brief.lead()) {
            blockIds(block, ids);
        }
        for (Section section : brief.allSections()) {
            ids.add(section.id());
            section.blocks().forEach(block -> blockIds(block, ids));
        }
        for (Note note : brief.notes()) {
            ids.add(note.id());
            note.blocks().forEach(block -> blockIds(block, ids));
        }
        references.walk(brief);
        return ids;
    }

    public void walk(Brief brief) {
        brief.summary().map(Summary::points).orElse(List.of()).forEach(point -> inlines(point.inlines()));
        brief.lead().forEach(this::block);
        for (Section section : brief.allSections()) {
            inlines(section.heading());
            section.blocks().forEach(this::block);
        }
        brief.notes().forEach(note -> note.blocks().forEach(this::block));
    }

    private static void blockIds(Block block, List<String> ids) {
        ids.add(block.id());
        block.accept(new Block.Visitor<Void>() {
            @Override
            public Void paragraph(Block.Paragraph paragraph) {
                return null;
            }

            @Override
            public Void list(Block.ListBlock list) {
                for (Block.ListItem item : list.items()) {
                    ids.add(item.id());
                    item.blocks().forEach(child -> blockIds(child, ids));
                }
                return null;
            }

            @Override
            public Void quote(Block.Quote quote) {
                quote.blocks().forEach(child -> blockIds(child, ids));
                return null;
            }

            @Override
            public Void figure(Block.Figure figure) {
                return null;
            }

            @Override
            public Void table(Block.Table table) {
                return null;
            }

            @Override
            public Void pullQuote(Block.PullQuote pullQuote) {
                return null;
            }

            @Override
            public Void aboutBox(Block.AboutBox aboutBox) {
                aboutBox.blocks().forEach(child -> blockIds(child, ids));
                return null;
            }
        });
    }

    private void block(Block block) {
        block.accept(new Block.Visitor<Void>() {
            @Override
            public Void paragraph(Block.Paragraph paragraph) {
                inlines(paragraph.inlines());
                return null;
            }

            @Override
            public Void list(Block.ListBlock list) {
                list.items().forEach(item -> item.blocks().forEach(ModelWalker.this::block));
                return null;
            }

            @Override
            public Void quote(Block.Quote quote) {
                quote.blocks().forEach(ModelWalker.this::block);
                quote.attribution().ifPresent(ModelWalker.this::inlines);
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
                pullQuote.attribution().ifPresent(ModelWalker.this::inlines);
                return null;
            }

            @Override
            public Void aboutBox(Block.AboutBox aboutBox) {
                inlines(aboutBox.title());
                aboutBox.blocks().forEach(ModelWalker.this::block);
                return null;
            }
        });
    }

    private void inlines(List<Inline> inlines) {
        for (Inline inline : inlines) {
            onInline.accept(inline);
            inline.accept(new Inline.Visitor<Void>() {
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
            });
        }
    }
}
