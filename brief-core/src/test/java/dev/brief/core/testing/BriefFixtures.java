package dev.brief.core.testing;

import dev.brief.core.model.Author;
import dev.brief.core.model.Block;
import dev.brief.core.model.Block.Alignment;
import dev.brief.core.model.Block.TableCell;
import dev.brief.core.model.Block.TableRow;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Edition;
import dev.brief.core.model.Identifiers;
import dev.brief.core.model.Inline;
import dev.brief.core.model.Isbn;
import dev.brief.core.model.Metadata;
import dev.brief.core.model.Note;
import dev.brief.core.model.Publisher;
import dev.brief.core.model.Section;
import dev.brief.core.model.Summary;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Briefs built in code for writer unit tests: {@link #kitchenSink()} holds every element and inline kind
 * once or more; {@link #minimal()} the least a brief can be. Their images ({@code figure.png},
 * {@code rule.png}, {@code logo.png}) are written by {@link #writeImages(Path)} into the base directory.
 */
public final class BriefFixtures {
    private BriefFixtures() {}

    public static Brief minimal() {
        Metadata metadata = new Metadata(
                "A Minimal Brief",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                "en",
                List.of(),
                Identifiers.none(),
                List.of(),
                Optional.empty());
        Section section = new Section(
                "sec-only",
                2,
                text("Only section"),
                List.of(new Block.Paragraph("p-1", text("One paragraph."))),
                List.of());
        return new Brief(metadata, Optional.empty(), List.of(), List.of(section), List.of(), Optional.empty());
    }

    /** The minimal brief with {@code sections} in place of its one section: a writer test's own content. */
    public static Brief minimalWith(Section... sections) {
        Brief minimal = minimal();
        return new Brief(
                minimal.metadata(),
                minimal.summary(),
                minimal.lead(),
                List.of(sections),
                minimal.notes(),
                minimal.publisher());
    }

    /** Every block and inline kind; note-a is referred to twice; a decorative figure; a table with row headers. */
    public static Brief kitchenSink() {
        Metadata metadata = new Metadata(
                "Kitchen Sink: Every Element of a Brief",
                Optional.of("A fixture with accents — Inès Ødegård — and “quotes”"),
                Optional.of("Kitchen Sink"),
                Optional.of("Fixture Series"),
                Optional.of("42"),
                Optional.of(LocalDate.of(2026, 1, 15)),
                "en",
                List.of(
                        new Author(
                                "Inès Ødegård",
                                Optional.of("ines@example.org"),
                                Optional.of("Fixture Institute"),
                                Optional.of("Inès writes fixtures.")),
                        Author.named("Tomás Ruiz")),
                new Identifiers(
                        List.of(
                                new Isbn(Edition.PRINT, "978-1-7391-2047-4"),
                                new Isbn(Edition.EPUB, "978-1-7391-2049-8")),
                        Optional.of("10.5555/fixture.1"),
                        Optional.of("https://example.org/fixture")),
                List.of("fixtures", "testing"),
                Optional.of("© 2026 Fixture Institute"));
        Summary summary = new Summary(
                "summary",
                text("Summary"),
                List.of(
                        new Summary.SummaryPoint("summary-1", text("The first key point.")),
                        new Summary.SummaryPoint(
                                "summary-2",
                                List.of(
                                        new Inline.Text("The second point, with "),
                                        new Inline.Emphasis(text("emphasis")),
                                        new Inline.Text(".")))));
        List<Block> lead = List.of(new Block.Paragraph("p-1", text("A lead paragraph before the first section.")));
        Block.ListBlock nested = new Block.ListBlock(
                "list-2",
                true,
                3,
                List.of(
                        new Block.ListItem("li-3", List.of(new Block.Paragraph("p-5", text("Third.")))),
                        new Block.ListItem("li-4", List.of(new Block.Paragraph("p-6", text("Fourth."))))));
        Block.ListBlock bullets = new Block.ListBlock(
                "list-1",
                false,
                1,
                List.of(
                        new Block.ListItem("li-1", List.of(new Block.Paragraph("p-3", text("A bullet.")))),
                        new Block.ListItem(
                                "li-2",
                                List.of(new Block.Paragraph("p-4", text("A bullet with a nested list:")), nested))));
        Block.Quote quote = new Block.Quote(
                "quote-1",
                List.of(new Block.Paragraph(
                        "p-7",
                        List.of(
                                new Inline.Text("A quotation, with a note."),
                                new Inline.NoteRef("ref-b-1", "note-b")))),
                Optional.of(text("A Source, 2025")));
        Section lists = new Section("sec-lists", 3, text("Lists"), List.of(bullets, quote), List.of());
        Block.Paragraph inlines = new Block.Paragraph(
                "p-2",
                List.of(
                        new Inline.Text("Plain, "),
                        new Inline.Emphasis(text("emphasised")),
                        new Inline.Text(", "),
                        new Inline.Strong(
                                List.of(new Inline.Text("strong with "), new Inline.Emphasis(text("nested")))),
                        new Inline.Text(", a "),
                        new Inline.Link("https://example.org/", "", text("link")),
                        new Inline.Text(", a note"),
                        new Inline.NoteRef("ref-a-1", "note-a"),
                        new Inline.Text(", "),
                        new Inline.Code("code()"),
                        new Inline.Text(" and a break"),
                        new Inline.LineBreak(),
                        new Inline.Text("after it, then "),
                        new Inline.LanguageSpan(
                                "fr", List.of(new Inline.Text("le mot "), new Inline.Emphasis(text("juste")))),
                        new Inline.Text(".")));
        Block.PullQuote pullQuote = new Block.PullQuote(
                "pullquote-1", text("“A pull quote from the brief itself.”"), Optional.of(text("Inès Ødegård")));
        Section first =
                new Section("sec-inlines", 2, text("Every inline"), List.of(inlines, pullQuote), List.of(lists));
        Section second = new Section(
                "sec-figures-and-tables",
                2,
                text("Figures and tables"),
                List.of(
                        new Block.Figure(
                                "fig-1",
                                "figure.png",
                                "A square in the accent colour.",
                                false,
                                text("Figure caption.")),
                        new Block.Figure("fig-2", "rule.png", "", true, List.of()),
                        new Block.Table(
                                "table-1",
                                text("A table with a header row and row headers."),
                                List.of(new TableRow(List.of(
                                        cell("Item", true, Alignment.START),
                                        cell("Count", true, Alignment.END),
                                        cell("Note", true, Alignment.CENTER)))),
                                List.of(
                                        new TableRow(List.of(
                                                cell("Apples", true, Alignment.START),
                                                cell("12", false, Alignment.END),
                                                cell("fresh", false, Alignment.CENTER))),
                                        new TableRow(List.of(
                                                cell("Pears", true, Alignment.START),
                                                cell("7", false, Alignment.END),
                                                cell("", false, Alignment.CENTER))))),
                        new Block.Paragraph(
                                "p-8",
                                List.of(
                                        new Inline.Text("The first note again."),
                                        new Inline.NoteRef("ref-a-2", "note-a"))),
                        new Block.AboutBox(
                                "about-1",
                                text("About this brief"),
                                List.of(new Block.Paragraph("p-9", text("A fixture, not a publication."))))),
                List.of());
        List<Note> notes = List.of(
                new Note(
                        "note-a",
                        1,
                        List.of(new Block.Paragraph(
                                "p-10",
                                List.of(
                                        new Inline.Text("A source, "),
                                        new Inline.Link("https://example.org/a", "", text("https://example.org/a")),
                                        new Inline.Text("."))))),
                new Note("note-b", 2, List.of(new Block.Paragraph("p-11", text("Another source.")))));
        Publisher publisher = new Publisher(
                "Fixture Institute",
                List.of("1 Example Street", "Exampletown"),
                Optional.of("https://example.org/"),
                Optional.of(new Publisher.Logo("logo.png", "Fixture Institute")),
                Optional.of("We make fixtures."),
                Optional.of("Views are the authors' own."),
                Optional.of("press@example.org"));
        return new Brief(metadata, Optional.of(summary), lead, List.of(first, second), notes, Optional.of(publisher));
    }

    /** Writes the kitchen sink's images ({@code figure.png}, {@code rule.png}, {@code logo.png}). */
    public static void writeImages(Path directory) {
        write(directory.resolve("figure.png"), 120, 80, new Color(0x1b5e7a));
        write(directory.resolve("rule.png"), 200, 4, new Color(0x999999));
        write(directory.resolve("logo.png"), 160, 40, new Color(0x1f4e79));
    }

    private static void write(Path file, int width, int height, Color color) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(color);
        graphics.fillRect(width / 8, height / 8, width * 3 / 4, height * 3 / 4);
        graphics.dispose();
        try {
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Inline> text(String text) {
        return List.of(new Inline.Text(text));
    }

    private static TableCell cell(String text, boolean header, Alignment alignment) {
        return new TableCell(text.isEmpty() ? List.of() : text(text), header, alignment);
    }
}
