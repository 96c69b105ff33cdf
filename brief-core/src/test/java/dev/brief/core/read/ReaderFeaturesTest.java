package dev.brief.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.model.Block;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Inline;
import dev.brief.core.model.PlainText;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Smaller behaviours of the reader that the sample does not show. */
class ReaderFeaturesTest {
    @TempDir
    Path folder;

    private Brief read(String body) {
        ReadResult result = new BriefSources(folder).body(body);
        assertThat(result.diagnostics()).isEmpty();
        return result.brief().orElseThrow();
    }

    @Test
    void aboutBoxWithoutTitleIsCalledAboutThisBrief() {
        Brief brief = read("## S\n\n::: about\nText.\n:::\n");
        Block.AboutBox about = (Block.AboutBox) brief.sections().get(0).blocks().get(0);
        assertThat(about.title()).containsExactly(new Inline.Text("About this brief"));
    }

    @Test
    void aboutBoxCanHoldAPullQuote() {
        Brief brief = read("## S\n\n::: about \"Inside\"\nBefore.\n\n::: pullquote\nQuoted.\n:::\n\nAfter.\n:::\n");
        Block.AboutBox about = (Block.AboutBox) brief.sections().get(0).blocks().get(0);
        assertThat(about.blocks()).extracting(Block::id).containsExactly("p-1", "pullquote-1", "p-2");
        assertThat(brief.sections().get(0).blocks()).hasSize(1);
    }

    @Test
    void pullQuoteWithoutAttribution() {
        Brief brief = read("## S\n\n::: pullquote\n“Short and *sharp*.”\n:::\n");
        Block.PullQuote quote =
                (Block.PullQuote) brief.sections().get(0).blocks().get(0);
        assertThat(quote.attribution()).isEmpty();
        assertThat(PlainText.of(quote.inlines(), brief)).isEqualTo("“Short and sharp.”");
    }

    @Test
    void sectionSlugsDropAccentsAndNumberClashes() {
        Brief brief = read("## Économie & société\n\nA.\n\n## Économie & société\n\nB.\n\n## ¿?\n\nC.\n");
        assertThat(brief.sections())
                .extracting(s -> s.id())
                .containsExactly("sec-economie-societe", "sec-economie-societe-2", "sec-section");
    }

    @Test
    void orderedListKeepsItsStartAndNestedListsTheirIds() {
        Brief brief = read("## S\n\n3. Third\n   - nested\n4. Fourth\n");
        Block.ListBlock list =
                (Block.ListBlock) brief.sections().get(0).blocks().get(0);
        assertThat(list.start()).isEqualTo(3);
        assertThat(list.items()).extracting(Block.ListItem::id).containsExactly("li-1", "li-3");
        assertThat(list.items().get(0).blocks()).extracting(Block::id).containsExactly("p-1", "list-2");
    }

    @Test
    void raggedTableRowsArePadded() {
        Brief brief = read("## S\n\n| A | B | C |\n| :-: | --: | --- |\n| 1 |\n\nTable: Ragged.\n");
        Block.Table table = (Block.Table) brief.sections().get(0).blocks().get(0);
        assertThat(table.bodyRows().get(0).cells()).hasSize(3);
        assertThat(table.headerRows().get(0).cells())
                .extracting(Block.TableCell::alignment)
                .containsExactly(Block.Alignment.CENTER, Block.Alignment.END, Block.Alignment.START);
        assertThat(table.caption()).containsExactly(new Inline.Text("Ragged."));
    }

    @Test
    void noteReferencedOnlyFromAnotherNoteIsNumberedAfterIt() {
        Brief brief = read("## S\n\nText.[^b]\n\n[^a]: Inner.\n\n[^b]: Outer, see also.[^a]\n");
        assertThat(brief.notes()).extracting(n -> n.id() + "=" + n.number()).containsExactly("note-b=1", "note-a=2");
    }

    @Test
    void notesAreNumberedInReadingOrderSummaryFirst() {
        Brief brief = read("Lead.[^lead]\n\n## Summary\n\n- Point.[^point]\n\n## S\n\nText.[^lead]\n\n"
                + "[^lead]: L.\n\n[^point]: P.\n");
        assertThat(brief.notes())
                .extracting(n -> n.id() + "=" + n.number())
                .containsExactly("note-point=1", "note-lead=2");
        assertThat(brief.lead()).extracting(Block::id).containsExactly("p-1");
    }

    @Test
    void hardLineBreaksAndCodeSurvive() {
        Brief brief = read("## S\n\nLine one\\\nline `two`.\n");
        Block.Paragraph paragraph =
                (Block.Paragraph) brief.sections().get(0).blocks().get(0);
        assertThat(paragraph.inlines())
                .containsExactly(
                        new Inline.Text("Line one"),
                        new Inline.LineBreak(),
                        new Inline.Text("line "),
                        new Inline.Code("two"),
                        new Inline.Text("."));
    }

    @Test
    void quoteAttributionIsTheLastParagraphStartingWithADash() {
        Brief brief = read("## S\n\n> Words.\n>\n> — Someone, *Somewhere*\n");
        Block.Quote quote = (Block.Quote) brief.sections().get(0).blocks().get(0);
        assertThat(quote.attribution())
                .contains(List.of(
                        new Inline.Text("Someone, "), new Inline.Emphasis(List.of(new Inline.Text("Somewhere")))));
        assertThat(quote.blocks()).hasSize(1);
    }

    @Test
    void aQuoteOfOnlyADashLineIsNotAnAttribution() {
        Brief brief = read("## S\n\n> — Just a dash line.\n");
        Block.Quote quote = (Block.Quote) brief.sections().get(0).blocks().get(0);
        assertThat(quote.attribution()).isEqualTo(Optional.empty());
    }
}
