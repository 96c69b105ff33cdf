package dev.brief.pdf.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.brief.core.house.House;
import dev.brief.core.language.Labels;
import dev.brief.core.model.Block;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Inline;
import dev.brief.core.model.Note;
import dev.brief.core.read.BriefReader;
import dev.brief.core.read.ReadResult;
import dev.brief.core.testing.SampleBriefs;
import dev.brief.pdf.plan.Part.ColophonParagraph.Kind;
import dev.brief.pdf.tag.StructureNode;
import dev.brief.pdf.tag.StructureRole;
import dev.brief.pdf.tag.TagTree;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BriefPlannerTest {
    private static final String SOURCE = String.join(
            "\n",
            "---",
            "title: \"Tidal Power for Small Harbours\"",
            "short-title: \"Tidal Power\"",
            "series: \"Harbour Papers\"",
            "number: \"3\"",
            "date: 2026-03-12",
            "language: en",
            "authors:",
            "  - name: \"Maren Holt\"",
            "---",
            "",
            "Small harbours have tides but no grid connection worth the name.[^grid]",
            "",
            "## Summary",
            "",
            "- Turbines pay for themselves in twelve years.[^costs]",
            "",
            "## The case",
            "",
            "Tides come twice a day.[^grid] The turbines are cheap to keep.[^costs]",
            "",
            "[^costs]: Harbour Papers survey of 2025.",
            "",
            "[^grid]: Grid operators' figures.",
            "");

    private static Brief read(String source, House house) {
        ReadResult read = BriefReader.read(source, Path.of("tidal.md"), house);
        return read.brief().orElseThrow(() -> new AssertionError(read.diagnostics()));
    }

    private static BriefPlan plan(Brief brief) {
        return BriefPlanner.plan(brief, Labels.of(brief.metadata().language()), new TagTree());
    }

    private static List<String> kinds(BriefPlan plan) {
        return plan.parts().stream()
                .map(part -> part.getClass().getSimpleName() + " " + part.region())
                .collect(Collectors.toList());
    }

    @Test
    void thePartsComeInReadingOrderEachInItsRegion() {
        BriefPlan plan = plan(SampleBriefs.sample());

        assertThat(kinds(plan))
                .containsExactly(
                        "FrontMatter HEAD", "SummaryPanel SIDE", "Body MAIN", "Endnotes MAIN", "Colophon MAIN");
        assertThat(plan.runningTitle()).isEqualTo("Civic Data Trusts");
        assertThat(plan.publisherName()).isEqualTo("Northfield Institute for Public Policy");
    }

    @Test
    void aBriefWithoutSummaryNotesOrColophonMaterialHasOnlyItsHeadAndBody() {
        String bare = String.join(
                "\n",
                "---",
                "title: \"Tidal Power for Small Harbours\"",
                "language: en",
                "authors:",
                "  - name: \"Maren Holt\"",
                "---",
                "",
                "Small harbours have tides but no grid connection worth the name.",
                "");
        BriefPlan plan = plan(read(bare, House.defaults()));

        assertThat(kinds(plan)).containsExactly("FrontMatter HEAD", "Body MAIN");
        assertThat(plan.publisherName()).isEmpty();
    }

    @Test
    void eachNoteLinksBackToItsFirstReferenceInReadingOrder() {
        Brief brief = read(SOURCE, House.defaults());
        Part.Endnotes endnotes = part(plan(brief), Part.Endnotes.class);

        // The summary is read before the lead, though the file has it after; each note's later reference in the
        // body does not count.
        Inline.NoteRef summaryReference = noteRefs(
                        brief.summary().orElseThrow().points().get(0).inlines())
                .get(0);
        Inline.NoteRef leadReference =
                noteRefs(((Block.Paragraph) brief.lead().get(0)).inlines()).get(0);
        Note costs = brief.note(summaryReference.noteId()).orElseThrow();
        Note grid = brief.note(leadReference.noteId()).orElseThrow();
        assertThat(costs.id()).isNotEqualTo(grid.id());
        assertThat(endnotes.notes())
                .extracting(note -> note.note().id(), Part.PlannedNote::label, Part.PlannedNote::firstReference)
                .containsExactlyInAnyOrder(
                        tuple(costs.id(), costs.number() + ".", Optional.of(summaryReference.id())),
                        tuple(grid.id(), grid.number() + ".", Optional.of(leadReference.id())));
        assertThat(endnotes.notes()).extracting(note -> note.note()).containsExactlyElementsOf(brief.notes());
        assertThat(endnotes.title()).isEqualTo("Notes");
    }

    @Test
    void theMastheadSaysTheSeriesNumberAndDateInTheBriefsLanguage() {
        Part.FrontMatter front = part(plan(read(SOURCE, House.defaults())), Part.FrontMatter.class);

        assertThat(front.masthead().series()).contains("Harbour Papers");
        assertThat(front.masthead().details()).hasSize(2);
        assertThat(front.masthead().details().get(0)).contains("3");
        assertThat(front.masthead().details().get(1)).contains("2026");
        assertThat(front.title()).isEqualTo("Tidal Power for Small Harbours");
        assertThat(front.authors()).extracting(author -> author.name()).containsExactly("Maren Holt");
    }

    @Test
    void theColophonSaysThePublishersIdentityBesideTheAuthorsNotesMissionAndRights() {
        Part.Colophon colophon = part(plan(SampleBriefs.sample()), Part.Colophon.class);

        assertThat(colophon.logo()).isPresent();
        assertThat(colophon.side())
                .extracting(Part.ColophonParagraph::kind)
                .containsExactly(Kind.PUBLISHER_NAME, Kind.ADDRESS, Kind.WEB_ADDRESS, Kind.ISBNS, Kind.DOI);
        assertThat(colophon.side().get(1).lines()).hasSize(3);
        assertThat(colophon.side().get(3).lines()).hasSize(3).allMatch(line -> line.startsWith("ISBN 978-"));
        assertThat(colophon.side().get(4).target()).contains("https://doi.org/10.5555/northfield.npb.7");
        List<Kind> main = new ArrayList<>();
        colophon.main().forEach(paragraph -> main.add(paragraph.kind()));
        assertThat(main)
                .startsWith(Kind.AUTHOR_NOTE, Kind.AUTHOR_NOTE, Kind.AUTHOR_NOTE, Kind.MISSION, Kind.DISCLAIMER)
                .contains(Kind.MEDIA_CONTACT);
    }

    private static final String NESTED = String.join(
            "\n",
            "---",
            "title: \"Tidal Power for Small Harbours\"",
            "language: en",
            "authors:",
            "  - name: \"Maren Holt\"",
            "---",
            "",
            "## The case",
            "",
            "### The costs",
            "",
            "- Turbines.",
            "- Cables.",
            "",
            "| Item | Cost |",
            "| :-- | --: |",
            "| Turbine | 40 |",
            "",
            "::: about \"About this paper\"",
            "Written for harbour boards.",
            ":::",
            "",
            "> Tides are regular.",
            "",
            "Closing words.",
            "");

    @Test
    void theFrontMatterSummaryAndEndnotesElementsArePlannedUnderTheDocument() {
        TagTree tree = new TagTree();
        StructureNode document = tree.root();
        Brief brief = read(SOURCE, House.defaults());
        BriefPlan plan = BriefPlanner.plan(brief, Labels.of("en"), tree);

        Part.FrontMatter front = part(plan, Part.FrontMatter.class);
        assertThat(front.mastheadElement()).get().satisfies(p -> assertElement(p, StructureRole.P, document));
        assertElement(
                front.titleElement(), StructureRole.H1, front.titleElement().parent());
        assertElement(front.titleElement().parent(), StructureRole.TITLE, document);
        assertThat(front.subtitleElement()).isEmpty();
        assertThat(front.authorElements()).singleElement().satisfies(p -> assertElement(p, StructureRole.P, document));

        Part.SummaryPanel summary = part(plan, Part.SummaryPanel.class);
        assertElement(summary.element(), StructureRole.SUMMARY, document);
        assertThat(summary.heading()).get().satisfies(h -> assertElement(h, StructureRole.H2, summary.element()));
        StructureNode point = summary.points().get(0);
        assertThat(List.of(
                        point.role(),
                        point.parent().role(),
                        point.parent().parent().role()))
                .containsExactly(StructureRole.P, StructureRole.LBODY, StructureRole.LI);
        assertElement(point.parent().parent().parent(), StructureRole.L, summary.element());

        Part.Body body = part(plan, Part.Body.class);
        assertElement(((PlannedBlock.Paragraph) body.lead().get(0)).element(), StructureRole.P, document);
        PlannedSection section = body.sections().get(0);
        assertElement(section.element(), StructureRole.SECT, document);
        assertElement(section.heading(), StructureRole.H2, section.element());
        assertElement(((PlannedBlock.Paragraph) section.blocks().get(0)).element(), StructureRole.P, section.element());

        Part.Endnotes endnotes = part(plan, Part.Endnotes.class);
        assertElement(endnotes.element(), StructureRole.ENDNOTES, document);
        assertElement(endnotes.heading(), StructureRole.H2, endnotes.element());
        for (Part.PlannedNote note : endnotes.notes()) {
            assertElement(note.element(), StructureRole.NOTE, endnotes.element());
            assertElement(note.labelElement(), StructureRole.LBL, note.element());
            assertElement(((PlannedBlock.Paragraph) note.blocks().get(0)).element(), StructureRole.P, note.element());
        }
    }

    @Test
    void nestedBlocksArePlannedInsideTheElementsThatHoldThem() {
        TagTree tree = new TagTree();
        BriefPlan plan = BriefPlanner.plan(read(NESTED, House.defaults()), Labels.of("en"), tree);
        PlannedSection costs =
                part(plan, Part.Body.class).sections().get(0).subsections().get(0);
        assertElement(costs.heading(), StructureRole.H3, costs.element());
        List<PlannedBlock> blocks = costs.blocks();
        assertThat(blocks)
                .extracting(block -> block.getClass().getSimpleName())
                .containsExactly("ItemList", "Table", "AboutBox", "Quote", "Paragraph");

        PlannedBlock.ItemList list = (PlannedBlock.ItemList) blocks.get(0);
        assertElement(list.element(), StructureRole.L, costs.element());
        assertThat(list.items()).hasSize(2).allSatisfy(item -> {
            assertElement(item.element(), StructureRole.LI, list.element());
            assertElement(item.label(), StructureRole.LBL, item.element());
            assertElement(item.body(), StructureRole.LBODY, item.element());
            assertElement(((PlannedBlock.Paragraph) item.blocks().get(0)).element(), StructureRole.P, item.body());
        });

        PlannedBlock.Table table = (PlannedBlock.Table) blocks.get(1);
        assertElement(table.element(), StructureRole.TABLE, costs.element());
        assertThat(table.headerRows().get(0).cells())
                .extracting(StructureNode::role)
                .containsExactly(StructureRole.TH, StructureRole.TH);
        assertThat(table.bodyRows().get(0).cells())
                .extracting(StructureNode::role)
                .containsExactly(StructureRole.TD, StructureRole.TD);
        assertElement(table.bodyRows().get(0).element(), StructureRole.TR, table.element());

        // The about box's heading is one level below the ### section it stands in.
        PlannedBlock.AboutBox about = (PlannedBlock.AboutBox) blocks.get(2);
        assertElement(about.element(), StructureRole.ABOUT_BOX, costs.element());
        assertThat(about.heading()).get().satisfies(h -> assertElement(h, StructureRole.H4, about.element()));
        assertElement(((PlannedBlock.Paragraph) about.blocks().get(0)).element(), StructureRole.P, about.element());

        PlannedBlock.Quote quote = (PlannedBlock.Quote) blocks.get(3);
        assertElement(quote.element(), StructureRole.BLOCK_QUOTE, costs.element());
        assertElement(((PlannedBlock.Paragraph) quote.blocks().get(0)).element(), StructureRole.P, quote.element());
        assertThat(quote.attribution()).isEmpty();
    }

    @Test
    void afterThePlanOnlyInlineElementsCanBeAdded() {
        TagTree tree = new TagTree();
        BriefPlan plan = BriefPlanner.plan(read(SOURCE, House.defaults()), Labels.of("en"), tree);
        StructureNode paragraph =
                ((PlannedBlock.Paragraph) part(plan, Part.Body.class).lead().get(0)).element();

        assertThatThrownBy(() -> tree.root().add(StructureRole.P))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("planned");
        assertThatThrownBy(() -> paragraph.add(StructureRole.P)).isInstanceOf(IllegalStateException.class);
        assertThat(paragraph.addInline(StructureRole.LINK).parent()).isSameAs(paragraph);
    }

    private static void assertElement(StructureNode element, StructureRole role, StructureNode parent) {
        assertThat(element.role()).as("role of %s", element).isEqualTo(role);
        assertThat(element.parent()).as("parent of %s", element).isSameAs(parent);
    }

    private static <T extends Part> T part(BriefPlan plan, Class<T> kind) {
        return plan.parts().stream()
                .filter(kind::isInstance)
                .map(kind::cast)
                .findFirst()
                .orElseThrow();
    }

    private static List<Inline.NoteRef> noteRefs(List<Inline> inlines) {
        List<Inline.NoteRef> references = new ArrayList<>();
        for (Inline inline : inlines) {
            if (inline instanceof Inline.NoteRef) {
                references.add((Inline.NoteRef) inline);
            }
        }
        return references;
    }
}
