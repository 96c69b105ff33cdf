package dev.brief.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.model.Block;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Edition;
import dev.brief.core.model.Inline;
import dev.brief.core.model.Note;
import dev.brief.core.model.PlainText;
import dev.brief.core.model.Section;
import dev.brief.core.testing.ModelWalker;
import dev.brief.core.testing.SampleBriefs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The canonical sample reads into a model with every element, in source order, with the agreed ids. */
class SampleBriefTest {
    private final Brief brief = SampleBriefs.sample();

    @Test
    void readsWithoutAnyDiagnostic() {
        assertThat(SampleBriefs.read().diagnostics()).isEmpty();
    }

    @Test
    void metadataComesFromTheFrontMatter() {
        var metadata = brief.metadata();
        assertThat(metadata.title()).isEqualTo("Who Holds the Keys? Civic Data Trusts for Cities");
        assertThat(metadata.subtitle()).contains("Governing shared urban data in the public interest");
        assertThat(metadata.runningTitle()).isEqualTo("Civic Data Trusts");
        assertThat(metadata.series()).contains("Northfield Policy Briefs");
        assertThat(metadata.number()).contains("7");
        assertThat(metadata.date()).contains(LocalDate.of(2026, 3, 12));
        assertThat(metadata.language()).isEqualTo("en");
        assertThat(metadata.authors())
                .extracting(a -> a.name())
                .containsExactly("Inès Ødegård", "Tomás Achebe-Ruiz", "Zofia Łukasiewicz");
        assertThat(metadata.authors().get(0).email()).contains("i.odegard@example.org");
        assertThat(metadata.authors().get(2).email()).isEmpty();
        assertThat(metadata.identifiers().isbn(Edition.PDF).orElseThrow().digits())
                .isEqualTo("9781739120481");
        assertThat(metadata.identifiers().isbn(Edition.HTML)).isEmpty();
        assertThat(metadata.identifiers().doi()).contains("10.5555/northfield.npb.7");
        assertThat(metadata.keywords()).hasSize(5).contains("data trusts");
        assertThat(metadata.rights().orElseThrow()).startsWith("© 2026");
    }

    @Test
    void summaryComesFromTheSummarySectionAndLeadFromBeforeIt() {
        var summary = brief.summary().orElseThrow();
        assertThat(summary.id()).isEqualTo("summary");
        assertThat(summary.points())
                .extracting(p -> p.id())
                .containsExactly("summary-1", "summary-2", "summary-3", "summary-4");
        assertThat(PlainText.of(summary.points().get(0).inlines(), brief)).startsWith("Cities now hold — and");
        assertThat(brief.lead()).extracting(Block::id).containsExactly("p-1");
        assertThat(brief.allSections()).extracting(Section::id).doesNotContain("sec-summary");
    }

    @Test
    void sectionsNestInSourceOrder() {
        assertThat(brief.sections())
                .extracting(Section::id)
                .containsExactly(
                        "sec-introduction",
                        "sec-what-a-civic-data-trust-is",
                        "sec-lessons-from-three-pilots",
                        "sec-objections-and-our-answers",
                        "sec-recommendations",
                        "sec-conclusion");
        assertThat(brief.allSections())
                .extracting(Section::id)
                .containsSubsequence(
                        "sec-what-a-civic-data-trust-is", "sec-trustees-and-their-duties",
                        "sec-how-a-trust-differs-from-open-data-and-data-markets", "sec-lessons-from-three-pilots",
                        "sec-what-worked", "sec-what-did-not");
        assertThat(brief.allSections()).hasSize(10);
        assertThat(brief.sections().get(1).subsections()).allMatch(s -> s.level() == 3);
    }

    @Test
    void pullQuoteAndAboutBoxSitWhereTheSourcePutsThem() {
        Section introduction = brief.sections().get(0);
        assertThat(introduction.blocks()).extracting(Block::id).containsExactly("p-2", "p-3", "pullquote-1", "p-4");
        Block.PullQuote pullQuote = (Block.PullQuote) introduction.blocks().get(2);
        assertThat(PlainText.of(pullQuote.inlines(), brief)).startsWith("“A city that cannot say");
        assertThat(pullQuote.attribution()).contains(List.of(new Inline.Text("Inès Ødegård")));

        Section conclusion = brief.sections().get(5);
        assertThat(conclusion.blocks()).extracting(Block::id).containsExactly("p-33", "about-1");
        Block.AboutBox about = (Block.AboutBox) conclusion.blocks().get(1);
        assertThat(about.title()).containsExactly(new Inline.Text("About this brief"));
        assertThat(about.blocks()).extracting(Block::id).containsExactly("p-34", "p-35");
    }

    @Test
    void everyBlockKindIsPresentWithItsId() {
        List<String> ids = new ArrayList<>();
        brief.allSections().forEach(section -> section.blocks().forEach(block -> ids.add(block.id())));
        assertThat(ids).contains("list-1", "list-2", "list-3", "quote-1", "fig-1", "table-1");

        Block.Figure figure = (Block.Figure) find("fig-1");
        assertThat(figure.source()).isEqualTo("requests-chart.png");
        assertThat(figure.alt()).startsWith("Bar chart: approved requests rise");
        assertThat(figure.decorative()).isFalse();
        assertThat(PlainText.of(figure.caption(), brief))
                .isEqualTo(
                        "Data-sharing requests decided by the three pilot trusts, 2021–2025. Illustrative figures for"
                                + " this sample brief.7");

        Block.Table table = (Block.Table) find("table-1");
        assertThat(table.columnCount()).isEqualTo(4);
        assertThat(table.headerRows()).hasSize(1);
        assertThat(table.bodyRows()).hasSize(3);
        assertThat(PlainText.of(table.caption(), brief)).startsWith("Three ways to govern");

        Block.ListBlock numbered = (Block.ListBlock) find("list-3");
        assertThat(numbered.ordered()).isTrue();
        assertThat(numbered.items())
                .extracting(Block.ListItem::id)
                .containsExactly("li-9", "li-10", "li-11", "li-12", "li-13", "li-14");
        assertThat(((Block.ListBlock) find("list-1")).ordered()).isFalse();

        Block.Quote quote = (Block.Quote) find("quote-1");
        assertThat(quote.blocks()).extracting(Block::id).containsExactly("p-22");
        assertThat(PlainText.of(quote.attribution().orElseThrow(), brief))
                .isEqualTo("Member of the Ostmark residents’ board, interviewed in 2024");
    }

    @Test
    void notesAreNumberedByFirstReference() {
        assertThat(brief.notes()).hasSize(14);
        assertThat(brief.notes())
                .extracting(Note::number)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
        assertThat(brief.notes())
                .extracting(Note::id)
                .startsWith("note-procurement", "note-gdpr", "note-stewardship", "note-trust-law")
                .endsWith("note-conclusion");
        assertThat(brief.note("note-pilots").orElseThrow().number()).isEqualTo(7);
        List<String> pilotReferences = new ArrayList<>();
        collectReferences(brief, "note-pilots", pilotReferences);
        assertThat(pilotReferences).containsExactly("ref-pilots-1", "ref-pilots-2", "ref-pilots-3");
    }

    @Test
    void sourceMapPointsAtTheSource() {
        var sourceMap = SampleBriefs.read().sourceMap();
        assertThat(sourceMap.position("summary").orElseThrow().line()).isEqualTo(41);
        assertThat(sourceMap.position("sec-introduction").orElseThrow().line()).isEqualTo(48);
        assertThat(sourceMap.position("pullquote-1").orElseThrow().line()).isEqualTo(54);
        assertThat(sourceMap.position("note-procurement").orElseThrow().line()).isEqualTo(146);
        assertThat(sourceMap.position("ref-procurement-1").orElseThrow().column())
                .isGreaterThan(100);
    }

    @Test
    void houseLogoIsRelativeToTheBriefsFolder() {
        var logo = brief.publisher().orElseThrow().logo().orElseThrow();
        assertThat(logo.source()).isEqualTo("../logo.png");
        assertThat(SampleBriefs.sampleDirectory().resolve(logo.source())).exists();
    }

    private Block find(String id) {
        for (Section section : brief.allSections()) {
            for (Block block : section.blocks()) {
                if (block.id().equals(id)) {
                    return block;
                }
            }
        }
        throw new AssertionError("no block " + id);
    }

    static void collectReferences(Brief brief, String noteId, List<String> into) {
        new ModelWalker(inline -> {
                    if (inline instanceof Inline.NoteRef
                            && ((Inline.NoteRef) inline).noteId().equals(noteId)) {
                        into.add(((Inline.NoteRef) inline).id());
                    }
                })
                .walk(brief);
    }
}
