package dev.brief.epub;

import dev.brief.core.model.Author;
import dev.brief.core.model.Block;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Edition;
import dev.brief.core.model.Identifiers;
import dev.brief.core.model.Inline;
import dev.brief.core.model.Isbn;
import dev.brief.core.model.Metadata;
import dev.brief.core.model.Note;
import dev.brief.core.model.PageMap;
import dev.brief.core.model.Publisher;
import dev.brief.core.model.Section;
import dev.brief.core.model.Summary;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Briefs built in code, each showing one shape a brief can take. All text is our own. */
final class TestBriefs {
    private TestBriefs() {}

    static Inline.Text text(String text) {
        return new Inline.Text(text);
    }

    static Block.Paragraph paragraph(String id, Inline... inlines) {
        return new Block.Paragraph(id, List.of(inlines));
    }

    /** Every element kind: summary, nested sections, figure, table, pull quote, about box, notes. */
    static Brief full() {
        Metadata metadata = new Metadata(
                "Lanterns for the Harbour",
                Optional.of("Lighting small ports after the diesel era"),
                Optional.of("Lanterns"),
                Optional.of("Test Briefs"),
                Optional.of("3"),
                Optional.of(LocalDate.of(2026, 2, 14)),
                "en",
                List.of(Author.named("Maren Olsvik"), Author.named("Kwame Idowu-Brandt")),
                new Identifiers(
                        List.of(
                                new Isbn(Edition.PDF, "978-0-00-000001-1"),
                                new Isbn(Edition.EPUB, "978-0-00-000002-8")),
                        Optional.empty(),
                        Optional.empty()),
                List.of("ports", "lighting", "energy"),
                Optional.of("© 2026 The Test Harbour Office"));
        Summary summary = new Summary(
                "summary",
                List.of(text("Summary")),
                List.of(
                        new Summary.SummaryPoint(
                                "summary-1", List.of(text("Small ports still light their quays with diesel."))),
                        new Summary.SummaryPoint(
                                "summary-2", List.of(text("Solar lanterns pay for themselves in four winters")))));
        Section lessons = new Section(
                "sec-lessons",
                3,
                List.of(text("Lessons")),
                List.of(paragraph(
                        "p-4",
                        text("Keepers wanted spares more than they wanted new lamps."),
                        new Inline.NoteRef("ref-survey-2", "note-survey"))),
                List.of());
        Section background = new Section(
                "sec-background",
                2,
                List.of(text("Background")),
                List.of(
                        paragraph(
                                "p-2",
                                text("The harbour has burnt diesel for light since the war."),
                                new Inline.NoteRef("ref-survey-1", "note-survey")),
                        new Block.PullQuote(
                                "pullquote-1",
                                List.of(text("Light is a public good, and so is quiet.")),
                                Optional.empty()),
                        new Block.Figure(
                                "fig-1",
                                "lamp.png",
                                "A lantern on a bollard at dusk",
                                false,
                                List.of(text("A pilot lantern on the north quay."))),
                        paragraph("p-3", text("Costs fell by half."), new Inline.NoteRef("ref-costs-1", "note-costs"))),
                List.of(lessons));
        Section plan = new Section(
                "sec-plan",
                2,
                List.of(text("A plan")),
                List.of(
                        new Block.Table(
                                "table-1",
                                List.of(text("Costs per lantern")),
                                List.of(new Block.TableRow(List.of(
                                        new Block.TableCell(List.of(text("Item")), true, Block.Alignment.START),
                                        new Block.TableCell(List.of(text("Cost")), true, Block.Alignment.END)))),
                                List.of(new Block.TableRow(List.of(
                                        new Block.TableCell(List.of(text("Lantern")), false, Block.Alignment.START),
                                        new Block.TableCell(List.of(text("120")), false, Block.Alignment.END))))),
                        new Block.AboutBox(
                                "about-1",
                                List.of(text("About this brief")),
                                List.of(paragraph("p-5", text("Written for the test suite."))))),
                List.of());
        List<Note> notes = List.of(
                new Note("note-survey", 1, List.of(paragraph("p-6", text("Keeper survey, 2025.")))),
                new Note("note-costs", 2, List.of(paragraph("p-7", text("Harbour accounts, 2024.")))));
        Publisher publisher = new Publisher(
                "The Test Harbour Office",
                List.of("1 Quay Street"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
        return new Brief(
                metadata,
                Optional.of(summary),
                List.of(paragraph("p-1", text("A short lead."))),
                List.of(background, plan),
                notes,
                Optional.of(publisher));
    }

    /** The least a brief can be: a title, a language and one section; no ISBN, no notes, no publisher. */
    static Brief minimal(String language) {
        Metadata metadata = new Metadata(
                "Quiet Streets",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                language,
                List.of(Author.named("Ada Quill")),
                Identifiers.none(),
                List.of(),
                Optional.empty());
        Section only = new Section(
                "sec-one",
                2,
                List.of(text("One idea")),
                List.of(paragraph("p-1", text("Fewer cars, more benches."))),
                List.of());
        return new Brief(metadata, Optional.empty(), List.of(), List.of(only), List.of(), Optional.empty());
    }

    /** {@link #minimal} with one informative figure per image path, in a section of its own. */
    static Brief withFigures(String... sources) {
        Brief minimal = minimal("en");
        List<Block> figures = new java.util.ArrayList<>();
        for (int i = 0; i < sources.length; i++) {
            figures.add(new Block.Figure(
                    "fig-" + (i + 1),
                    sources[i],
                    "Figure " + (i + 1) + " of the test",
                    false,
                    List.of(text("Caption " + (i + 1)))));
        }
        Section section = new Section("sec-figures", 2, List.of(text("Figures")), figures, List.of());
        return new Brief(
                minimal.metadata(), Optional.empty(), List.of(), List.of(section), List.of(), Optional.empty());
    }

    /** A page map for {@link #full()}: page 1 at the start, page 2 inside p-2, page 3 at the table. */
    static PageMap fullPageMap() {
        return new PageMap(
                "PDF edition",
                List.of(
                        new PageMap.PageStart(1, "1", PageMap.DOCUMENT_START, 0),
                        new PageMap.PageStart(2, "2", "p-2", 10),
                        new PageMap.PageStart(3, "3", "table-1", 0)));
    }
}
