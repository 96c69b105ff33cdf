package dev.brief.core.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.house.House;
import dev.brief.core.model.Block;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Edition;
import dev.brief.core.model.Inline;
import dev.brief.core.model.PlainText;
import dev.brief.core.model.Section;
import dev.brief.core.read.BriefReader;
import dev.brief.core.read.ReadResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The converted fixtures are read by the source reader without a problem, into the model in reading order. */
class ImportedBriefTest {

    private static Brief imported(String fixture) {
        Path file = Path.of(fixture);
        ImportResult imported = LegacyImporter.convert(LegacyFixtures.text(fixture), file);
        ReadResult read = BriefReader.read(imported.source(), file, House.defaults());
        assertThat(read.diagnostics())
                .as("reader diagnostics of the converted %s", fixture)
                .isEmpty();
        return read.brief().orElseThrow();
    }

    private static String text(List<Inline> inlines, Brief brief) {
        return PlainText.of(inlines, brief);
    }

    private static String text(Block block, Brief brief) {
        return text(((Block.Paragraph) block).inlines(), brief);
    }

    @Test
    void harbourBriefReadsIntoTheModelInOrder() {
        Brief brief = imported("harbour-resilience.md");

        assertThat(brief.metadata().title()).isEqualTo("Keeping Small Harbours Working");
        assertThat(brief.metadata().subtitle()).contains("Adapting fishing ports to rising seas");
        assertThat(brief.metadata().language()).isEqualTo("en");
        assertThat(brief.metadata().authors())
                .extracting(author -> author.name())
                .containsExactly("Jane Mwangi", "Tomás Ferreira");
        assertThat(brief.metadata().authors().get(0).email()).contains("jmwangi@tidewater.example");
        assertThat(brief.metadata().authors().get(1).affiliation()).contains("Senior Fellow, Coastal Futures Lab");
        assertThat(brief.metadata()
                        .identifiers()
                        .isbn(Edition.PRINT)
                        .orElseThrow()
                        .value())
                .isEqualTo("978-0-306-40615-7");
        assertThat(brief.metadata()
                        .identifiers()
                        .isbn(Edition.PDF)
                        .orElseThrow()
                        .value())
                .isEqualTo("978-1-4028-9462-6");

        assertThat(brief.summary().orElseThrow().points()).hasSize(3);
        assertThat(text(brief.summary().get().points().get(2).inlines(), brief)).contains("scheduling & cheap sensors");
        assertThat(brief.lead()).singleElement().isInstanceOf(Block.PullQuote.class);
        assertThat(text(((Block.PullQuote) brief.lead().get(0)).inlines(), brief))
                .isEqualTo("A harbour that closes for a week loses far more than a week of trade.");

        assertThat(brief.sections())
                .extracting(Section::id)
                .containsExactly("sec-introduction", "sec-what-the-boards-did", "sec-recommendations");
        Section introduction = brief.sections().get(0);
        assertThat(introduction.blocks()).hasSize(2);
        assertThat(text(introduction.blocks().get(1), brief))
                .contains("Their methods were cheap, and the boards shared them freely with neighbouring ports")
                .endsWith("programme.23");

        Section boards = brief.sections().get(1);
        assertThat(boards.blocks())
                .extracting(block -> block.getClass().getSimpleName())
                .containsExactly("Paragraph", "Paragraph", "AboutBox");
        assertThat(text(boards.blocks().get(0), brief))
                .contains("one fund of $2.4 million")
                // The imported source keeps the extracted straight apostrophe; the reader sets it, as in any brief.
                .contains("The board\u2019s chair");
        assertThat(text(boards.blocks().get(1), brief))
                .contains("the savings paid for a second dredger shared between the three ports.5 The third board");
        Block.AboutBox about = (Block.AboutBox) boards.blocks().get(2);
        assertThat(text(about.title(), brief)).isEqualTo("About this brief");
        assertThat(text(about.blocks().get(0), brief)).startsWith("This brief draws on interviews");

        assertThat(brief.notes()).extracting(note -> note.number()).containsExactly(1, 2, 3, 4, 5);
        Block.Paragraph third = (Block.Paragraph) brief.notes().get(2).blocks().get(0);
        assertThat(third.inlines())
                .filteredOn(Inline.Link.class::isInstance)
                .extracting(inline -> ((Inline.Link) inline).url())
                .containsExactly("http://www.coastalreview.example/sharing_what_works");
        Block.Paragraph fifth = (Block.Paragraph) brief.notes().get(4).blocks().get(0);
        assertThat(fifth.inlines())
                .filteredOn(Inline.Link.class::isInstance)
                .extracting(inline -> ((Inline.Link) inline).url())
                .containsExactly("https://www.northharbours.example/timetable");

        var publisher = brief.publisher().orElseThrow();
        assertThat(publisher.name()).isEqualTo("Tidewater Institute for Coastal Policy");
        assertThat(publisher.address()).containsExactly("14 Quay Street", "Port Alder, PA1 2BZ");
        assertThat(publisher.url()).contains("https://www.tidewater.example");
        assertThat(publisher.mission())
                .hasValueSatisfying(mission -> assertThat(mission).startsWith("The Tidewater"));
        assertThat(publisher.disclaimer())
                .hasValueSatisfying(text -> assertThat(text).contains("do not necessarily"));
        assertThat(publisher.mediaContact())
                .hasValueSatisfying(text -> assertThat(text).startsWith("Media inquiries"));
    }

    @Test
    void riverBriefReadsIntoTheModelInOrder() {
        Brief brief = imported("river-data.md");

        assertThat(brief.metadata().title()).isEqualTo("Who Owns the River Data?");
        assertThat(brief.metadata().authors())
                .extracting(author -> author.name())
                .containsExactly("Priya Raman", "Olu Adeyemi");
        assertThat(brief.metadata().rights()).contains("© 2024 Open Rivers Project. Some rights reserved.");
        assertThat(brief.summary().orElseThrow().points()).hasSize(2);
        assertThat(brief.lead()).singleElement().isInstanceOf(Block.PullQuote.class);

        assertThat(brief.sections()).extracting(Section::id).containsExactly("sec-the-problem", "sec-why-it-matters");
        Section problem = brief.sections().get(0);
        assertThat(problem.blocks()).hasSize(2);
        assertThat(text(problem.blocks().get(0), brief)).contains("in the 20th century");
        assertThat(text(problem.blocks().get(1), brief))
                .contains("the level was measured at eleven stations along the upper river");
        Section matters = brief.sections().get(1);
        assertThat(text(matters.blocks().get(0), brief)).contains("hold the data-sharing agreements they would need");
        assertThat(matters.blocks().get(1)).isInstanceOf(Block.AboutBox.class);
        assertThat(brief.notes()).hasSize(2);
        assertThat(brief.publisher().orElseThrow().url()).contains("https://openrivers.example");
    }

    @Test
    void aSummaryWrittenAsParagraphsBecomesOnePointPerParagraph() {
        String legacy = """
                # Cooler Schools

                ## Summary

                Classrooms overheat in most summers now,<sup>1</sup> and shade is the cheapest remedy.

                Ventilation rules date from a cooler climate and should be revised.

                ## The problem

                Heat lowers test scores.<sup>2</sup>

                ## Notes

                1. Survey of classrooms, 2025.
                2. Results of the spring tests, 2025.
                """;
        Path file = Path.of("cooler-schools.md");
        ImportResult imported = LegacyImporter.convert(legacy, file);
        ReadResult read = BriefReader.read(imported.source(), file, House.defaults());

        assertThat(read.diagnostics())
                .as("reader diagnostics of:%n%s", imported.source())
                .isEmpty();
        Brief brief = read.brief().orElseThrow();
        assertThat(brief.summary().orElseThrow().points())
                .extracting(point -> text(point.inlines(), brief))
                .containsExactly(
                        "Classrooms overheat in most summers now,1 and shade is the cheapest remedy.",
                        "Ventilation rules date from a cooler climate and should be revised.");
        assertThat(imported.source()).contains("## Summary\n\n- Classrooms overheat");
    }

    @Test
    void straightMarksInAnImportedBriefAreSetAsInAnyBrief() {
        String legacy = """
                # Quiet "Harbours"

                ## The problem

                The harbour's "quiet hours" began in the '90s.<sup>1</sup>

                ## Notes

                1. Port "Rules" report, 2024.
                """;
        Path file = Path.of("quiet-harbours.md");
        ImportResult imported = LegacyImporter.convert(legacy, file);
        ReadResult read = BriefReader.read(imported.source(), file, House.defaults());

        assertThat(read.diagnostics())
                .as("reader diagnostics of:%n%s", imported.source())
                .isEmpty();
        Brief brief = read.brief().orElseThrow();
        assertThat(brief.metadata().title()).isEqualTo("Quiet “Harbours”");
        assertThat(text(brief.sections().get(0).blocks().get(0), brief))
                .isEqualTo("The harbour’s “quiet hours” began in the ’90s.1");
        assertThat(text(brief.notes().get(0).blocks().get(0), brief)).isEqualTo("Port “Rules” report, 2024.");
        // The imported source keeps what the author typed; only the reader sets the marks.
        assertThat(imported.source()).contains("The harbour's \"quiet hours\"");
    }

    @Test
    void anIsbn10IsWrittenInItsThirteenDigitForm() {
        String legacy = """
                # Cooler Schools

                ## The problem

                Heat lowers test scores.

                Northfield Institute for Public Policy

                ISBN 0-306-40615-2
                """;
        Path file = Path.of("cooler-schools.md");
        ImportResult imported = LegacyImporter.convert(legacy, file);
        ReadResult read = BriefReader.read(imported.source(), file, House.defaults());

        assertThat(read.diagnostics())
                .as("reader diagnostics of:%n%s", imported.source())
                .isEmpty();
        assertThat(read.brief()
                        .orElseThrow()
                        .metadata()
                        .identifiers()
                        .isbn(Edition.PRINT)
                        .orElseThrow()
                        .value())
                .isEqualTo("978-0-306-40615-7");
        assertThat(imported.diagnostics()).anySatisfy(diagnostic -> assertThat(diagnostic.toString())
                .contains("converted the ISBN-10 0-306-40615-2"));
    }
}
