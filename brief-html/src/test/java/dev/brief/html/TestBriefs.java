package dev.brief.html;

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
import dev.brief.core.model.PageMap;
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
 * Briefs built in code, with every kind of element, for the writer's tests and, through this module's test jar,
 * for the pictures drawn from the writer's markup.
 */
public final class TestBriefs {
    static final String HOSTILE = "<script>alert(\"x\")</script> & ]]> 'quoted' \u0001\u0007 end";

    private TestBriefs() {}

    static Inline.Text text(String text) {
        return new Inline.Text(text);
    }

    static Block.Paragraph paragraph(String id, Inline... inlines) {
        return new Block.Paragraph(id, List.of(inlines));
    }

    /** A brief with a summary, a lead, nested sections, boxes, a figure, a table and a note cited twice. */
    public static Brief kitchenSink() {
        return kitchenSink("Civic Data, Shared Fairly", "en");
    }

    public static Brief kitchenSink(String title, String language) {
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
        List<Block> lead = List.of(
                paragraph("p-1", text("Every town collects records."), new Inline.NoteRef("ref-a-1", "note-a")));
        Section inner = new Section(
                "sec-how-it-works",
                3,
                List.of(text("How it works")),
                List.of(
                        paragraph(
                                "p-3",
                                text("Members agree on rules "),
                                new Inline.Emphasis(List.of(text("first"))),
                                text(". Again"),
                                new Inline.NoteRef("ref-a-2", "note-a"),
                                text(".")),
                        new Block.Figure(
                                "fig-1",
                                "chart.png",
                                "Bar chart: requests rose from 10 to 40.",
                                false,
                                List.of(text("Requests per year"))),
                        new Block.Table(
                                "table-1",
                                List.of(text("Requests by town")),
                                List.of(new Block.TableRow(List.of(
                                        new Block.TableCell(List.of(text("Town")), true, Block.Alignment.START),
                                        new Block.TableCell(List.of(text("Requests")), true, Block.Alignment.END)))),
                                List.of(new Block.TableRow(List.of(
                                        new Block.TableCell(List.of(text("Northam")), true, Block.Alignment.START),
                                        new Block.TableCell(List.of(text("40")), false, Block.Alignment.END)))))),
                List.of());
        Section first = new Section(
                "sec-the-problem",
                2,
                List.of(text("The problem")),
                List.of(
                        paragraph(
                                "p-2",
                                text("Records sit in silos; see "),
                                new Inline.Link("https://example.org/report", "", List.of(text("the report"))),
                                text("."),
                                new Inline.NoteRef("ref-b-1", "note-b")),
                        new Block.PullQuote(
                                "pullquote-1", List.of(text("Data held in common serves everyone.")), Optional.empty()),
                        new Block.AboutBox(
                                "about-1",
                                List.of(text("About this brief")),
                                List.of(paragraph("p-4", text("Written for town councils."))))),
                List.of(inner));
        Section second = new Section(
                "sec-what-to-do",
                2,
                List.of(text("What to do")),
                List.of(new Block.ListBlock(
                        "list-1",
                        true,
                        1,
                        List.of(
                                new Block.ListItem("li-1", List.of(paragraph("p-5", text("Start small.")))),
                                new Block.ListItem(
                                        "li-2",
                                        List.of(paragraph(
                                                "p-6",
                                                text("Publish the "),
                                                new Inline.LanguageSpan("de", List.of(text("Spielregeln"))),
                                                text("."))))))),
                List.of());
        List<Note> notes = List.of(
                new Note(
                        "note-a",
                        1,
                        List.of(paragraph(
                                "p-7",
                                text("See "),
                                new Inline.Link("https://example.org/a", "", List.of(text("example.org/a"))),
                                text(".")))),
                new Note("note-b", 2, List.of(paragraph("p-8", text("A second note.")))));
        Publisher publisher = new Publisher(
                "Example Institute",
                List.of("1 Main Street", "Northam"),
                Optional.of("https://example.org"),
                Optional.empty(),
                Optional.of("We study towns."),
                Optional.of("Views are the authors' own."),
                Optional.of("press@example.org"));
        return new Brief(metadata, Optional.of(summary), lead, List.of(first, second), notes, Optional.of(publisher));
    }

    /** A brief whose only paragraph is {@code text}, to see what the writer does with it. */
    static Brief withParagraph(Inline... inlines) {
        Brief sink = kitchenSink();
        return new Brief(
                sink.metadata(),
                Optional.empty(),
                List.of(new Block.Paragraph("p-1", List.of(inlines))),
                List.of(),
                List.of(),
                Optional.empty());
    }

    /** A page map with page 1 at the start, page 2 inside p-3 at {@code offset}, page 3 at the table. */
    static PageMap pageMap(int offset) {
        return new PageMap(
                "PDF",
                List.of(
                        new PageMap.PageStart(1, "1", PageMap.DOCUMENT_START, 0),
                        new PageMap.PageStart(2, "2", "p-3", offset),
                        new PageMap.PageStart(3, "3", "table-1", 0)));
    }

    static HtmlOptions options(Path folder, Flavor flavor, Optional<PageMap> pageMap) {
        return new HtmlOptions(folder, a4(HouseStyle.DEFAULT_ACCENT), flavor, pageMap);
    }

    static HtmlOptions options(Path folder, Flavor flavor) {
        return options(folder, flavor, Optional.empty());
    }

    /** Writes the small chart the kitchen-sink figure refers to. */
    public static void writeChart(Path folder) throws IOException {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 40, 20);
        graphics.setColor(new Color(0x1f4e79));
        graphics.fillRect(5, 5, 10, 15);
        graphics.dispose();
        ImageIO.write(image, "png", folder.resolve("chart.png").toFile());
    }

    public static HouseStyle a4(String accent) {
        return new HouseStyle(accent, PageSize.A4, Optional.empty(), Optional.empty());
    }

    public static HouseStyle letter(String accent) {
        return new HouseStyle(accent, PageSize.LETTER, Optional.empty(), Optional.empty());
    }
}
