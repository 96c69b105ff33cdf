package dev.brief.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.testing.BriefFixtures;
import dev.brief.core.testing.SampleBriefs;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BriefWalkerTest {

    /** Writes each event as a token: {@code +id} entered, {@code -id} left, {@code id:ROLE} a passage. */
    private static final class Log implements BriefWalker.Listener {
        final List<String> tokens = new ArrayList<>();

        @Override
        public void enterSummary(Summary summary) {
            tokens.add("+" + summary.id());
        }

        @Override
        public void leaveSummary(Summary summary) {
            tokens.add("-" + summary.id());
        }

        @Override
        public void enterSection(Section section) {
            tokens.add("+" + section.id());
        }

        @Override
        public void leaveSection(Section section) {
            tokens.add("-" + section.id());
        }

        @Override
        public void enterNote(Note note) {
            tokens.add("+" + note.id());
        }

        @Override
        public void leaveNote(Note note) {
            tokens.add("-" + note.id());
        }

        @Override
        public void enterBlock(Block block) {
            tokens.add("+" + block.id());
        }

        @Override
        public void leaveBlock(Block block) {
            tokens.add("-" + block.id());
        }

        @Override
        public void enterListItem(Block.ListItem item) {
            tokens.add("+" + item.id());
        }

        @Override
        public void leaveListItem(Block.ListItem item) {
            tokens.add("-" + item.id());
        }

        @Override
        public void passage(BriefWalker.Passage passage) {
            tokens.add(passage.elementId() + ":" + passage.role());
        }
    }

    @Test
    void walksSummaryLeadSectionsDepthFirstAndNotesWithNestedBlocksInPlace() {
        Log log = new Log();
        BriefWalker.walk(BriefFixtures.kitchenSink(), log);

        assertThat(log.tokens)
                .containsExactly(
                        "+summary",
                        "summary:SUMMARY_TITLE",
                        "summary-1:SUMMARY_POINT",
                        "summary-2:SUMMARY_POINT",
                        "-summary",
                        "+p-1",
                        "p-1:PARAGRAPH",
                        "-p-1",
                        "+sec-inlines",
                        "sec-inlines:HEADING",
                        "+p-2",
                        "p-2:PARAGRAPH",
                        "-p-2",
                        "+pullquote-1",
                        "pullquote-1:PULL_QUOTE",
                        "pullquote-1:ATTRIBUTION",
                        "-pullquote-1",
                        "+sec-lists",
                        "sec-lists:HEADING",
                        "+list-1",
                        "+li-1",
                        "+p-3",
                        "p-3:PARAGRAPH",
                        "-p-3",
                        "-li-1",
                        "+li-2",
                        "+p-4",
                        "p-4:PARAGRAPH",
                        "-p-4",
                        "+list-2",
                        "+li-3",
                        "+p-5",
                        "p-5:PARAGRAPH",
                        "-p-5",
                        "-li-3",
                        "+li-4",
                        "+p-6",
                        "p-6:PARAGRAPH",
                        "-p-6",
                        "-li-4",
                        "-list-2",
                        "-li-2",
                        "-list-1",
                        "+quote-1",
                        "+p-7",
                        "p-7:PARAGRAPH",
                        "-p-7",
                        "quote-1:ATTRIBUTION",
                        "-quote-1",
                        "-sec-lists",
                        "-sec-inlines",
                        "+sec-figures-and-tables",
                        "sec-figures-and-tables:HEADING",
                        "+fig-1",
                        "fig-1:CAPTION",
                        "-fig-1",
                        "+fig-2",
                        "fig-2:CAPTION",
                        "-fig-2",
                        "+table-1",
                        "table-1:CAPTION",
                        "table-1:TABLE_CELL",
                        "table-1:TABLE_CELL",
                        "table-1:TABLE_CELL",
                        "table-1:TABLE_CELL",
                        "table-1:TABLE_CELL",
                        "table-1:TABLE_CELL",
                        "table-1:TABLE_CELL",
                        "table-1:TABLE_CELL",
                        "table-1:TABLE_CELL",
                        "-table-1",
                        "+p-8",
                        "p-8:PARAGRAPH",
                        "-p-8",
                        "+about-1",
                        "about-1:ABOUT_TITLE",
                        "+p-9",
                        "p-9:PARAGRAPH",
                        "-p-9",
                        "-about-1",
                        "-sec-figures-and-tables",
                        "+note-a",
                        "+p-10",
                        "p-10:PARAGRAPH",
                        "-p-10",
                        "-note-a",
                        "+note-b",
                        "+p-11",
                        "p-11:PARAGRAPH",
                        "-p-11",
                        "-note-b");
    }

    @Test
    void tableCellsComeHeaderRowsFirstInRowOrderEmptyOnesIncluded() {
        List<String> cells = BriefWalker.passages(BriefFixtures.kitchenSink()).stream()
                .filter(passage -> passage.role() == BriefWalker.Role.TABLE_CELL)
                .map(passage -> PlainText.of(passage.inlines(), BriefFixtures.kitchenSink()))
                .toList();

        assertThat(cells).containsExactly("Item", "Count", "Note", "Apples", "12", "fresh", "Pears", "7", "");
    }

    @Test
    void blocksListsEveryBlockOnceWithNestedOnesAfterTheirHolder() {
        List<String> ids = BriefWalker.blocks(BriefFixtures.kitchenSink()).stream()
                .map(Block::id)
                .toList();

        assertThat(ids)
                .containsExactly(
                        "p-1",
                        "p-2",
                        "pullquote-1",
                        "list-1",
                        "p-3",
                        "p-4",
                        "list-2",
                        "p-5",
                        "p-6",
                        "quote-1",
                        "p-7",
                        "fig-1",
                        "fig-2",
                        "table-1",
                        "p-8",
                        "about-1",
                        "p-9",
                        "p-10",
                        "p-11");
    }

    @Test
    void aBriefWithoutSummaryOrNotesHasOnlyItsSectionPassages() {
        List<String> passages = BriefWalker.passages(BriefFixtures.minimal()).stream()
                .map(passage -> passage.elementId() + ":" + passage.role())
                .toList();

        assertThat(passages).containsExactly("sec-only:HEADING", "p-1:PARAGRAPH");
    }

    @Test
    void eachInlineHandsOverNestedInlinesRightAfterTheirParent() {
        List<Inline> inlines = List.of(
                new Inline.Strong(List.of(new Inline.Text("a"), new Inline.Emphasis(List.of(new Inline.Text("b"))))),
                new Inline.Link("https://example.org/", "", List.of(new Inline.Text("c"))),
                new Inline.NoteRef("ref-x-1", "note-x"),
                new Inline.Code("d"),
                new Inline.LineBreak());
        List<String> seen = new ArrayList<>();

        BriefWalker.eachInline(
                inlines,
                inline -> seen.add(inline.getClass().getSimpleName()
                        + (inline instanceof Inline.Text ? "=" + ((Inline.Text) inline).text() : "")));

        assertThat(seen)
                .containsExactly(
                        "Strong", "Text=a", "Emphasis", "Text=b", "Link", "Text=c", "NoteRef", "Code", "LineBreak");
    }

    @Test
    void sectionsOfTheSampleAreEnteredInTheOrderOfAllSections() {
        Brief sample = SampleBriefs.sample();
        List<Section> entered = new ArrayList<>();
        BriefWalker.walk(sample, new BriefWalker.Listener() {
            @Override
            public void enterSection(Section section) {
                entered.add(section);
            }
        });

        assertThat(entered).isNotEmpty().isEqualTo(sample.allSections());
        assertThat(BriefWalker.passages(sample))
                .filteredOn(passage -> passage.role() == BriefWalker.Role.HEADING)
                .extracting(BriefWalker.Passage::elementId)
                .isEqualTo(sample.allSections().stream().map(Section::id).toList());
    }
}
