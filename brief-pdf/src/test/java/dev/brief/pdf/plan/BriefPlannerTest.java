package dev.brief.pdf.plan;

import static org.assertj.core.api.Assertions.assertThat;
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
        return BriefPlanner.plan(brief, Labels.of(brief.metadata().language()));
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
