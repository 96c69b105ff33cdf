package dev.brief.epub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.house.HouseStyle;
import dev.brief.core.language.Label;
import dev.brief.core.language.Labels;
import dev.brief.core.model.Block;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Inline;
import dev.brief.core.model.Metadata;
import dev.brief.core.model.Note;
import dev.brief.core.model.PageMap;
import dev.brief.core.model.PlainText;
import dev.brief.core.model.Section;
import dev.brief.core.testing.SampleBriefs;
import dev.brief.epub.inspect.EpubInspector;
import dev.brief.epub.inspect.InspectedEpub;
import dev.brief.html.DocumentOutline;
import dev.brief.html.Flavor;
import dev.brief.html.HtmlOptions;
import dev.brief.html.HtmlWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The navigation is built from the outline the HTML writer takes from the model, not from the markup. That
 * outline must be exactly what the content document holds (read back as the EPUB writer once read it), and the
 * sample's table of contents must list the model's headings.
 */
class DocumentOutlineTest {
    static Stream<Arguments> briefs() {
        Brief sample = SampleBriefs.sample();
        return Stream.of(
                Arguments.of(
                        "sample",
                        sample,
                        SampleBriefs.sampleDirectory(),
                        SampleBriefs.house().style(),
                        Optional.of(SampleEpubTest.handMadePageMap(sample))),
                Arguments.of(
                        "full",
                        TestBriefs.full(),
                        Path.of("."),
                        HouseStyle.defaults(),
                        Optional.of(TestBriefs.fullPageMap())),
                Arguments.of(
                        "French, a note in a heading",
                        french(),
                        Path.of("."),
                        HouseStyle.defaults(),
                        Optional.<PageMap>empty()),
                Arguments.of(
                        "minimal",
                        TestBriefs.minimal("ar"),
                        Path.of("."),
                        HouseStyle.defaults(),
                        Optional.<PageMap>empty()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("briefs")
    void theOutlineFromTheModelIsWhatTheDocumentHolds(
            String name, Brief brief, Path folder, HouseStyle style, Optional<PageMap> pageMap) {
        HtmlOptions options = new HtmlOptions(folder, style, Flavor.EPUB, pageMap);

        DocumentOutline fromModel = HtmlWriter.outline(brief, options);
        DocumentOutline readBack = ContentOutliner.outline(HtmlWriter.xhtmlDocument(brief, options));

        assertThat(fromModel.headings()).as("at least the title and a section").hasSizeGreaterThan(2);
        assertThat(fromModel).isEqualTo(readBack);
    }

    @Test
    void aNoteNumberIsLeftOutOfTheHeadingAndFrenchSpacingKept() {
        DocumentOutline outline = HtmlWriter.outline(
                french(), new HtmlOptions(Path.of("."), HouseStyle.defaults(), Flavor.EPUB, Optional.empty()));

        assertThat(outline.headings()).extracting(DocumentOutline.Heading::text).contains("Coûts\u202F? Bilan");
    }

    @Test
    void theSamplesContentsListTheModelsHeadings() throws Exception {
        InspectedEpub epub = EpubInspector.inspect(writeSample());
        Brief sample = SampleBriefs.sample();
        Labels labels = Labels.of(
                sample.metadata().language(), SampleBriefs.house().style().labels());

        List<String> expected = new ArrayList<>();
        expected.add(sample.metadata().title() + " → #title");
        sample.summary()
                .ifPresent(summary -> expected.add(
                        (summary.title().isEmpty() ? labels.text(Label.SUMMARY) : PlainText.of(summary.title(), sample))
                                + " → #heading-" + summary.id()));
        sample.lead().forEach(block -> aboutBoxes(block, sample, expected));
        sample.sections().forEach(section -> sections(section, sample, expected));
        if (!sample.notes().isEmpty()) {
            expected.add(labels.text(Label.NOTES) + " → #heading-notes");
        }
        if (sample.metadata().authors().stream().anyMatch(author -> author.bio().isPresent())) {
            expected.add(labels.text(Label.ABOUT_AUTHORS) + " → #heading-authors");
        }
        expected.add(labels.text(Label.COLOPHON) + " → #heading-colophon");

        assertThat(epub.flatTableOfContents())
                .extracting(entry -> entry.label() + " → "
                        + entry.href().substring(entry.href().indexOf('#')))
                .containsExactlyElementsOf(expected);
    }

    private static void sections(Section section, Brief brief, List<String> into) {
        assertThat(section.heading())
                .as("the sample's headings hold no note references")
                .noneMatch(inline -> inline instanceof Inline.NoteRef);
        into.add(PlainText.of(section.heading(), brief) + " → #heading-" + section.id());
        section.blocks().forEach(block -> aboutBoxes(block, brief, into));
        section.subsections().forEach(subsection -> sections(subsection, brief, into));
    }

    private static void aboutBoxes(Block block, Brief brief, List<String> into) {
        if (block instanceof Block.AboutBox about) {
            into.add(PlainText.of(about.title(), brief) + " → #heading-" + about.id());
        }
    }

    private static byte[] writeSample() throws Exception {
        Brief sample = SampleBriefs.sample();
        return EpubFixtures.write(
                sample,
                new EpubOptions(
                        SampleBriefs.sampleDirectory(),
                        SampleBriefs.house().style(),
                        EpubFixtures.TIMESTAMP,
                        Optional.of(SampleEpubTest.handMadePageMap(sample))));
    }

    /** {@link TestBriefs#full} in French, with a note reference inside a heading and a question mark after it. */
    private static Brief french() {
        Brief full = TestBriefs.full();
        Metadata m = full.metadata();
        Metadata metadata = new Metadata(
                m.title(),
                m.subtitle(),
                m.shortTitle(),
                m.series(),
                m.number(),
                m.date(),
                "fr",
                m.authors(),
                m.identifiers(),
                m.keywords(),
                m.rights());
        Section costs = new Section(
                "sec-costs",
                2,
                List.of(
                        TestBriefs.text("Coûts"),
                        new Inline.NoteRef("ref-costs-2", "note-costs"),
                        TestBriefs.text(" ? Bilan")),
                List.of(TestBriefs.paragraph("p-8", TestBriefs.text("Moitié moins."))),
                List.of());
        List<Section> sections = new ArrayList<>(full.sections());
        sections.add(costs);
        List<Note> notes = full.notes();
        return new Brief(metadata, full.summary(), full.lead(), sections, notes, full.publisher());
    }
}
