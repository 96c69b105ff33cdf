package dev.brief.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.house.HouseStyle;
import dev.brief.core.language.Label;
import dev.brief.core.language.LabelOverrides;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Metadata;
import dev.brief.core.testing.BriefFixtures;
import dev.brief.pdf.PlacedContent.Extent;
import dev.brief.pdf.inspect.PdfInspection;
import dev.brief.pdf.inspect.TagNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A right-to-left brief mirrors the page grid and nothing else. The kitchen sink is written twice, declared
 * English and declared Arabic (its text stays Latin, which the bundled fonts cover): positions read back from
 * the Arabic one are the mirror image of the English one's, and its structure and reading order are the same.
 */
class RightToLeftGridTest {
    private static TestPdfs.Written english;
    private static TestPdfs.Written arabic;
    private static PlacedContent englishPlaces;
    private static PlacedContent arabicPlaces;
    private static PdfInspection englishTags;
    private static PdfInspection arabicTags;

    @BeforeAll
    static void write() throws IOException {
        english = TestPdfs.write(inLanguage("en"), TestPdfs.fixtureImages(), HouseStyle.defaults());
        arabic = TestPdfs.write(
                inLanguage("ar"),
                TestPdfs.fixtureImages(),
                HouseStyle.defaults().withLabels(englishLabels()));
        englishPlaces = PlacedContent.of(english.bytes());
        arabicPlaces = PlacedContent.of(arabic.bytes());
        englishTags = PdfInspection.of(english.bytes());
        arabicTags = PdfInspection.of(arabic.bytes());
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "kitchen-sink-en.pdf"), english.bytes());
        Files.write(Path.of("target", "kitchen-sink-ar.pdf"), arabic.bytes());
    }

    /**
     * The English labels for every language: so that both PDFs print the same words and differ only by direction.
     */
    private static LabelOverrides englishLabels() throws IOException {
        java.util.Properties english = new java.util.Properties();
        try (java.io.Reader in = new java.io.InputStreamReader(
                Label.class.getResourceAsStream("labels_en.properties"), java.nio.charset.StandardCharsets.UTF_8)) {
            english.load(in);
        }
        Map<Label, String> texts = new EnumMap<>(Label.class);
        for (Label label : Label.values()) {
            texts.put(label, english.getProperty(label.key()));
        }
        return new LabelOverrides(texts, Map.of());
    }

    /** The kitchen sink in another language, without its date: the date would be printed in Arabic script. */
    private static Brief inLanguage(String language) {
        Brief brief = BriefFixtures.kitchenSink();
        Metadata m = brief.metadata();
        Metadata metadata = new Metadata(
                m.title(),
                m.subtitle(),
                m.shortTitle(),
                m.series(),
                m.number(),
                Optional.empty(),
                language,
                m.authors(),
                m.identifiers(),
                m.keywords(),
                m.rights());
        return new Brief(metadata, brief.summary(), brief.lead(), brief.sections(), brief.notes(), brief.publisher());
    }

    @Test
    void structureAndReadingOrderDoNotDependOnDirection() {
        // The same text but for the comma that joins an author and an affiliation, which is the language's.
        assertThat(arabicTags.readingText())
                .extracting(text -> text.replace("\u060C ", ", "))
                .isEqualTo(englishTags.readingText());
        assertThat(types(arabicTags)).isEqualTo(types(englishTags));
        assertThat(arabic.result().pageCount()).isEqualTo(english.result().pageCount());
    }

    @Test
    void theSideColumnSwapsSides() {
        float middle = englishPlaces.pageWidth() / 2;
        Extent englishSummary = englishPlaces.extent(first(englishTags, "Summary"));
        Extent arabicSummary = arabicPlaces.extent(first(arabicTags, "Summary"));
        assertThat(englishSummary.right()).isLessThan(middle);
        assertThat(arabicSummary.left()).isGreaterThan(middle);
        Extent englishLead = englishPlaces.extent(first(englishTags, "P", "A lead paragraph"));
        Extent arabicLead = arabicPlaces.extent(first(arabicTags, "P", "A lead paragraph"));
        assertThat(englishLead.left()).isGreaterThan(englishSummary.right());
        assertThat(arabicLead.right()).isLessThan(arabicSummary.left());
        // Within the mirrored column: no nearer the page edge than the English summary is to the other edge.
        assertThat(arabicSummary.right()).isLessThanOrEqualTo(englishPlaces.pageWidth() - englishSummary.left() + 0.5f);
    }

    @Test
    void listLabelsStandAtTheStartSideOfTheirItems() {
        for (TagNode.Element item : items(englishTags, "Disc")) {
            assertThat(englishPlaces.extent(child(item, "Lbl")).right())
                    .isLessThan(englishPlaces
                            .extent(firstText(child(item, "LBody")))
                            .left());
        }
        List<TagNode.Element> arabicItems = items(arabicTags, "Disc");
        arabicItems.addAll(items(arabicTags, "Decimal"));
        assertThat(arabicItems).hasSize(4);
        for (TagNode.Element item : arabicItems) {
            assertThat(arabicPlaces.extent(child(item, "Lbl")).left())
                    .as("label of %s", firstText(child(item, "LBody")))
                    .isGreaterThan(
                            arabicPlaces.extent(firstText(child(item, "LBody"))).right());
        }
    }

    @Test
    void endnoteNumbersStandAtTheStartSide() {
        List<TagNode.Element> englishNotes = all(englishTags, "Note");
        List<TagNode.Element> arabicNotes = all(arabicTags, "Note");
        assertThat(arabicNotes).hasSize(2);
        for (TagNode.Element note : englishNotes) {
            assertThat(englishPlaces.extent(child(note, "Lbl")).right())
                    .isLessThan(englishPlaces.extent(child(note, "P")).left());
        }
        for (TagNode.Element note : arabicNotes) {
            assertThat(arabicPlaces.extent(child(note, "Lbl")).left())
                    .isGreaterThan(arabicPlaces.extent(child(note, "P")).right());
        }
    }

    @Test
    void tableColumnsRunFromTheStartSide() {
        List<Extent> english = headerCells(englishTags, englishPlaces);
        List<Extent> arabic = headerCells(arabicTags, arabicPlaces);
        assertThat(english).hasSize(3);
        assertThat(english.get(0).right()).isLessThan(english.get(1).left());
        assertThat(english.get(1).right()).isLessThan(english.get(2).left());
        assertThat(arabic).hasSize(3);
        assertThat(arabic.get(0).left()).isGreaterThan(arabic.get(1).right());
        assertThat(arabic.get(1).left()).isGreaterThan(arabic.get(2).right());
    }

    @Test
    void runningHeadAndPageNumberSwapSides() {
        float middle = englishPlaces.pageWidth() / 2;
        assertThat(englishPlaces.glyphs(2).size()).isPositive();
        assertThat(pageNumber(englishPlaces, 2).x()).isGreaterThan(middle);
        assertThat(pageNumber(arabicPlaces, 2).x()).isLessThan(middle);
        // The running title is drawn first, the publisher's name last.
        assertThat(header(englishPlaces, 2).get(0).x()).isLessThan(middle);
        assertThat(header(arabicPlaces, 2).get(0).x()).isGreaterThan(middle);
        List<PlacedContent.Glyph> arabicHeader = header(arabicPlaces, 2);
        assertThat(arabicHeader.get(arabicHeader.size() - 1).x()).isLessThan(middle);
    }

    @Test
    void mastheadSeriesStandsAtTheStartSide() {
        float middle = englishPlaces.pageWidth() / 2;
        Extent englishSeries = englishPlaces.extent(first(englishTags, "Span", "Fixture Series"));
        Extent arabicSeries = arabicPlaces.extent(first(arabicTags, "Span", "Fixture Series"));
        assertThat(englishSeries.left()).isLessThan(middle);
        assertThat(arabicSeries.right()).isGreaterThan(middle);
        assertThat(arabicSeries.left()).isGreaterThan(middle);
    }

    @Test
    void quotationAndPullQuoteRulesAreMirrored() throws IOException {
        List<StrokedLines.Segment> englishRules = StrokedLines.of(english.bytes());
        List<StrokedLines.Segment> arabicRules = StrokedLines.of(arabic.bytes());
        float pageWidth = englishPlaces.pageWidth();
        List<StrokedLines.Segment> englishQuoteRules = quoteRules(englishRules);
        List<StrokedLines.Segment> arabicQuoteRules = quoteRules(arabicRules);
        assertThat(arabicQuoteRules).hasSameSizeAs(englishQuoteRules).isNotEmpty();
        Extent englishQuote = englishPlaces.extent(child(first(englishTags, "BlockQuote"), "P"));
        Extent arabicQuote = arabicPlaces.extent(child(first(arabicTags, "BlockQuote"), "P"));
        for (int i = 0; i < englishQuoteRules.size(); i++) {
            assertThat(englishQuoteRules.get(i).left()).isLessThan(englishQuote.left());
            assertThat(arabicQuoteRules.get(i).left()).isGreaterThan(arabicQuote.right());
            assertThat(arabicQuoteRules.get(i).left())
                    .isCloseTo(pageWidth - englishQuoteRules.get(i).left(), Offset.offset(0.01f));
        }
        StrokedLines.Segment englishPullQuote = pullQuoteRule(englishRules);
        StrokedLines.Segment arabicPullQuote = pullQuoteRule(arabicRules);
        assertThat(englishPullQuote.right()).isLessThan(pageWidth / 2);
        assertThat(arabicPullQuote.right()).isCloseTo(pageWidth - englishPullQuote.left(), Offset.offset(0.01f));
    }

    /** The accent rules beside the quotation: vertical, 1.6 pt. */
    private static List<StrokedLines.Segment> quoteRules(List<StrokedLines.Segment> rules) {
        return rules.stream()
                .filter(rule -> rule.vertical() && Math.abs(rule.lineWidth() - 1.6f) < 0.01f)
                .collect(Collectors.toList());
    }

    /** The short rule over the pull quote: horizontal, 36 pt long, 2.5 pt. */
    private static StrokedLines.Segment pullQuoteRule(List<StrokedLines.Segment> rules) {
        return rules.stream()
                .filter(rule -> rule.horizontal()
                        && Math.abs(rule.lineWidth() - 2.5f) < 0.01f
                        && Math.abs(rule.right() - rule.left() - 36) < 0.01f)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theTitleKeepsToTheStartSide() {
        Extent englishTitle = englishPlaces.extent(first(englishTags, "H1"));
        Extent arabicTitle = arabicPlaces.extent(first(arabicTags, "H1"));
        float pageWidth = englishPlaces.pageWidth();
        // Set to 86 % of the width between the margins, flush with the start margin.
        float shortOfFull = (pageWidth - 2 * englishTitle.left()) * 0.14f;
        assertThat(arabicTitle.left()).isGreaterThanOrEqualTo(englishTitle.left() + shortOfFull - 0.5f);
        assertThat(arabicTitle.right()).isLessThanOrEqualTo(pageWidth - englishTitle.left() + 0.5f);
    }

    @Test
    void viewersShowFacingPagesRightToLeft() throws IOException {
        try (PDDocument document = Loader.loadPDF(arabic.bytes())) {
            assertThat(document.getDocumentCatalog().getViewerPreferences().getReadingDirection())
                    .isEqualTo("R2L");
        }
        try (PDDocument document = Loader.loadPDF(english.bytes())) {
            assertThat(document.getDocumentCatalog().getViewerPreferences().getReadingDirection())
                    .isEqualTo("L2R");
        }
    }

    @Test
    void theArabicDeclaredPdfPassesVeraPdf() {
        assertThat(VeraPdf.failures(arabic.bytes(), PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(VeraPdf.failures(arabic.bytes(), PDFAFlavour.PDFA_2_A)).isEmpty();
    }

    /**
     * The element types in structure order, less the Spans that carry a hyphenated word's /ActualText: the two
     * languages hyphenate differently (no patterns for Arabic), which is not the direction's doing.
     */
    private static List<String> types(PdfInspection inspection) {
        return inspection.elements().stream()
                .map(TagNode.Element::type)
                .filter(type -> !type.equals("Span"))
                .collect(Collectors.toList());
    }

    private static List<TagNode.Element> all(PdfInspection inspection, String type) {
        return inspection.elements().stream()
                .filter(element -> element.type().equals(type))
                .collect(Collectors.toList());
    }

    private static TagNode.Element first(PdfInspection inspection, String type) {
        return all(inspection, type).get(0);
    }

    /** The first element of a type whose text starts so. */
    private static TagNode.Element first(PdfInspection inspection, String type, String textStart) {
        return all(inspection, type).stream()
                .filter(element -> element.attributes()
                        .getOrDefault("ActualText", text(element))
                        .startsWith(textStart))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " starting " + textStart));
    }

    private static TagNode.Element child(TagNode.Element element, String type) {
        return element.kids().stream()
                .filter(kid -> kid instanceof TagNode.Element)
                .map(kid -> (TagNode.Element) kid)
                .filter(kid -> kid.type().equals(type))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + element.type()));
    }

    /** The first paragraph of a list body: a nested list has labels of its own. */
    private static TagNode.Element firstText(TagNode.Element body) {
        return child(body, "P");
    }

    private static String text(TagNode.Element element) {
        StringBuilder text = new StringBuilder();
        for (TagNode kid : element.kids()) {
            if (kid instanceof TagNode.Element child) {
                text.append(child.attributes().getOrDefault("ActualText", text(child)));
            } else if (kid instanceof TagNode.Content content) {
                text.append(content.text());
            }
        }
        return text.toString();
    }

    private static List<TagNode.Element> items(PdfInspection inspection, String numbering) {
        return all(inspection, "L").stream()
                .filter(list -> numbering.equals(list.attributes().get("ListNumbering")))
                .flatMap(list -> list.kids().stream())
                .filter(kid -> kid instanceof TagNode.Element)
                .map(kid -> (TagNode.Element) kid)
                .collect(Collectors.toList());
    }

    private static List<Extent> headerCells(PdfInspection inspection, PlacedContent places) {
        TagNode.Element firstRow = child(first(inspection, "Table"), "TR");
        return firstRow.kids().stream()
                .map(kid -> places.extent((TagNode.Element) kid))
                .collect(Collectors.toList());
    }

    /** The lowest glyph on the page: the page number in the footer. */
    private static PlacedContent.Glyph pageNumber(PlacedContent places, int page) {
        PlacedContent.Glyph lowest = null;
        for (PlacedContent.Glyph glyph : places.glyphs(page)) {
            if (lowest == null || glyph.y() > lowest.y()) {
                lowest = glyph;
            }
        }
        assertThat(lowest.text()).isEqualTo(Integer.toString(page));
        return lowest;
    }

    /** The glyphs above the running head's rule, in drawing order. */
    private static List<PlacedContent.Glyph> header(PlacedContent places, int page) {
        return places.glyphs(page).stream().filter(glyph -> glyph.y() < 52).collect(Collectors.toList());
    }
}
