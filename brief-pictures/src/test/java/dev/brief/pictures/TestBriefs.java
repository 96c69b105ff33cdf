package dev.brief.pictures;

import dev.brief.core.house.HouseStyle;
import dev.brief.core.house.PageSize;
import dev.brief.core.model.Author;
import dev.brief.core.model.Block;
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
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Briefs built in code for the pictures' tests: everything a cover shows (series, number, title, subtitle,
 * authors, publisher), and enough of a body (summary, a section with a figure and a note) for a first page.
 */
final class TestBriefs {
    private TestBriefs() {}

    static Brief kitchenSink() {
        return kitchenSink("Civic Data, Shared Fairly", "en");
    }

    static Brief kitchenSink(String title, String language) {
        Metadata metadata = new Metadata(
                title,
                Optional.of("How towns can pool what they know"),
                Optional.of("Civic data"),
                Optional.of("Policy Brief"),
                Optional.of("No. 7"),
                Optional.of(LocalDate.of(2026, 3, 14)),
                language,
                List.of(
                        new Author(
                                "Ada Example",
                                Optional.of("ada@example.org"),
                                Optional.of("Example Institute"),
                                Optional.of("Ada Example studies municipal data.")),
                        Author.named("Ben Sample")),
                new Identifiers(
                        List.of(new Isbn(Edition.PDF, "978-3-16-148410-0")),
                        Optional.of("10.1234/abc"),
                        Optional.of("https://example.org/briefs/7")),
                List.of("data", "towns"),
                Optional.of("© 2026 Example Institute. CC BY 4.0."));
        Summary summary = new Summary(
                "summary",
                List.of(text("Summary")),
                List.of(
                        new Summary.SummaryPoint("summary-1", List.of(text("Towns hold data nobody uses."))),
                        new Summary.SummaryPoint("summary-2", List.of(text("A trust can share it safely.")))));
        Section section = new Section(
                "sec-the-problem",
                2,
                List.of(text("The problem")),
                List.of(
                        new Block.Paragraph(
                                "p-1", List.of(text("Records sit in silos."), new Inline.NoteRef("ref-a-1", "note-a"))),
                        new Block.Figure(
                                "fig-1",
                                "chart.png",
                                "Bar chart: requests rose from 10 to 40.",
                                false,
                                List.of(text("Requests per year")))),
                List.of());
        List<Note> notes =
                List.of(new Note("note-a", 1, List.of(new Block.Paragraph("p-2", List.of(text("A note."))))));
        Publisher publisher = new Publisher(
                "Example Institute",
                List.of("1 Main Street", "Northam"),
                Optional.of("https://example.org"),
                Optional.empty(),
                Optional.of("We study towns."),
                Optional.of("Views are the authors' own."),
                Optional.of("press@example.org"));
        return new Brief(metadata, Optional.of(summary), List.of(), List.of(section), notes, Optional.of(publisher));
    }

    /** Writes the small chart the kitchen-sink figure refers to. */
    static void writeChart(Path folder) throws IOException {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 40, 20);
        graphics.setColor(new Color(0x1f4e79));
        graphics.fillRect(5, 5, 10, 15);
        graphics.dispose();
        ImageIO.write(image, "png", folder.resolve("chart.png").toFile());
    }

    static HouseStyle a4(String accent) {
        return new HouseStyle(accent, PageSize.A4, Optional.empty(), Optional.empty());
    }

    static HouseStyle letter(String accent) {
        return new HouseStyle(accent, PageSize.LETTER, Optional.empty(), Optional.empty());
    }

    private static Inline.Text text(String text) {
        return new Inline.Text(text);
    }
}
