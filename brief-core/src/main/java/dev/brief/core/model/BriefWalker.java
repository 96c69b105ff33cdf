package dev.brief.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every block of a brief, in reading order: summary, lead, sections depth first with their headings, notes.
 * Blocks nested in list items, quotes and the about box are reached where they stand. One walk serves every
 * reader of the whole brief (note references, counts, text for checks), so they all agree on the order.
 */
public final class BriefWalker {
    private BriefWalker() {}

    /** What a text-bearing inline list is to the element it belongs to. */
    public enum Role {
        SUMMARY_TITLE,
        SUMMARY_POINT,
        HEADING,
        PARAGRAPH,
        CAPTION,
        TABLE_CELL,
        PULL_QUOTE,
        ATTRIBUTION,
        ABOUT_TITLE
    }

    /**
     * An inline list met on the walk; {@code elementId} is the innermost element with an id that carries it
     * (a table cell's is its table's, an attribution's its quote's, a heading's its section's), as in
     * {@link PageMap}.
     */
    public record Passage(String elementId, Role role, List<Inline> inlines) {}

    /**
     * What the walk meets, in order. Every method does nothing unless overridden: a listener follows only what
     * it needs, while the walk itself handles every element kind. Each {@code enter} is matched by its
     * {@code leave} after everything inside it; a block's passages come between the two.
     */
    public interface Listener {
        default void enterSummary(Summary summary) {}

        default void leaveSummary(Summary summary) {}

        default void enterSection(Section section) {}

        default void leaveSection(Section section) {}

        default void enterNote(Note note) {}

        default void leaveNote(Note note) {}

        default void enterBlock(Block block) {}

        default void leaveBlock(Block block) {}

        default void enterListItem(Block.ListItem item) {}

        default void leaveListItem(Block.ListItem item) {}

        default void passage(Passage passage) {}
    }

    /** Walks the whole brief; a section's subsections come after its own blocks. */
    public static void walk(Brief brief, Listener listener) {
        BlockWalk walk = new BlockWalk(listener);
        brief.summary().ifPresent(summary -> {
            listener.enterSummary(summary);
            listener.passage(new Passage(summary.id(), Role.SUMMARY_TITLE, summary.title()));
            for (Summary.SummaryPoint point : summary.points()) {
                listener.passage(new Passage(point.id(), Role.SUMMARY_POINT, point.inlines()));
            }
            listener.leaveSummary(summary);
        });
        walk.blocks(brief.lead());
        for (Section section : brief.sections()) {
            walk.section(section);
        }
        for (Note note : brief.notes()) {
            listener.enterNote(note);
            walk.blocks(note.blocks());
            listener.leaveNote(note);
        }
    }

    /** Every block, nested ones after the block that holds them. */
    public static List<Block> blocks(Brief brief) {
        List<Block> blocks = new ArrayList<>();
        walk(brief, new Listener() {
            @Override
            public void enterBlock(Block block) {
                blocks.add(block);
            }
        });
        return List.copyOf(blocks);
    }

    /** Every inline list, empty ones included, each with the element that carries it. */
    public static List<Passage> passages(Brief brief) {
        List<Passage> passages = new ArrayList<>();
        walk(brief, new Listener() {
            @Override
            public void passage(Passage passage) {
                passages.add(passage);
            }
        });
        return List.copyOf(passages);
    }

    /** Hands over every inline of the list, each followed by the inlines nested in it (emphasis, links …). */
    public static void eachInline(List<Inline> inlines, Consumer<Inline> action) {
        for (Inline inline : inlines) {
            action.accept(inline);
            eachInline(inline.accept(InlineChildren.INSTANCE), action);
        }
    }
}
