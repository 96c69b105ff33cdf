package dev.brief.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.model.Block;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Section;
import dev.brief.pdf.inspect.PdfInspection;
import dev.brief.pdf.inspect.TagNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The tag tree read back with PDFBox has the shape the model asks for. */
class StructureTreeTest {
    private static PdfInspection kitchenSink;
    private static Brief brief;

    @BeforeAll
    static void read() throws IOException {
        kitchenSink = PdfInspection.of(TestPdfs.kitchenSink().bytes());
        brief = TestPdfs.kitchenSink().brief();
    }

    @Test
    void oneDocumentRootWithTheTitleAsH1() {
        assertThat(kitchenSink.roots()).extracting(TagNode.Element::type).containsExactly("Document");
        List<TagNode.Element> headings = elements("H1");
        assertThat(headings).hasSize(1);
        assertThat(ownText(headings.get(0))).isEqualTo(brief.metadata().title());
    }

    @Test
    void oneSectPerSectionHeadedAtItsLevel() {
        List<TagNode.Element> sects = elements("Sect").stream()
                .filter(sect -> sect.type().equals("Sect"))
                .collect(Collectors.toList());
        List<Section> sections = brief.allSections();
        assertThat(sects).hasSize(sections.size());
        for (int i = 0; i < sections.size(); i++) {
            TagNode.Element first = (TagNode.Element) sects.get(i).kids().get(0);
            assertThat(first.type()).isEqualTo("H" + sections.get(i).level());
        }
    }

    @Test
    void headingLevelsNeverSkip() {
        int previous = 0;
        for (TagNode.Element element : kitchenSink.elements()) {
            if (element.standardType().matches("H[1-6]")) {
                int level = Integer.parseInt(element.standardType().substring(1));
                assertThat(level)
                        .as("heading %s after level %d", ownText(element), previous)
                        .isLessThanOrEqualTo(previous + 1);
                previous = level;
            }
        }
    }

    @Test
    void languageSpanIsASpanWithLangInsideItsParagraph() {
        List<TagNode.Element> spans = elements("Span").stream()
                .filter(span -> span.attributes().containsKey("Lang"))
                .collect(Collectors.toList());
        assertThat(spans).extracting(span -> span.attributes().get("Lang")).containsExactly("fr");
        assertThat(elements("P")).anyMatch(p -> p.kids().contains(spans.get(0)));
    }

    @Test
    void customTypesAreRoleMapped() {
        assertThat(type("Summary").standardType()).isEqualTo("Sect");
        assertThat(type("PullQuote").standardType()).isEqualTo("BlockQuote");
        assertThat(type("AboutBox").standardType()).isEqualTo("Sect");
        assertThat(type("Endnotes").standardType()).isEqualTo("Sect");
    }

    @Test
    void listsHaveNumberingAndItemsWithLabelAndBody() {
        List<TagNode.Element> lists = elements("L");
        assertThat(lists).isNotEmpty();
        for (TagNode.Element list : lists) {
            assertThat(list.attributes()).containsKey("ListNumbering");
            for (TagNode kid : list.kids()) {
                TagNode.Element item = (TagNode.Element) kid;
                assertThat(item.type()).isEqualTo("LI");
                assertThat(item.kids())
                        .extracting(k -> ((TagNode.Element) k).type())
                        .contains("LBody");
            }
        }
        assertThat(lists)
                .extracting(list -> list.attributes().get("ListNumbering"))
                .contains("Disc", "Decimal");
    }

    @Test
    void notesHaveUniqueIdsAndLinkBack() {
        List<TagNode.Element> notes = elements("Note");
        assertThat(notes).extracting(note -> note.attributes().get("ID")).containsExactly("note-a", "note-b");
        for (TagNode.Element note : notes) {
            assertThat(note.descendants())
                    .anyMatch(element -> element.type().equals("Link")
                            && element.kids().stream().anyMatch(kid -> kid instanceof TagNode.Annotation));
        }
    }

    @Test
    void noteReferencesAreReferencesHoldingALinkToTheNote() {
        List<TagNode.Element> references = elements("Reference");
        assertThat(references).hasSize(3);
        for (TagNode.Element reference : references) {
            TagNode.Element link = (TagNode.Element) reference.kids().get(0);
            assertThat(link.type()).isEqualTo("Link");
            TagNode.Annotation annotation = annotations(link).get(0);
            assertThat(annotation.contents()).startsWith("Note ");
            assertThat(annotation.target()).startsWith("page ");
        }
    }

    @Test
    void everyLinkHasAnAnnotationWithContents() {
        for (TagNode.Element link : elements("Link")) {
            assertThat(annotations(link)).isNotEmpty().allSatisfy(annotation -> assertThat(annotation.contents())
                    .isNotBlank());
        }
        assertThat(elements("Link").stream().flatMap(link -> annotations(link).stream()))
                .extracting(TagNode.Annotation::target)
                .contains("https://example.org/", "https://example.org/a");
    }

    @Test
    void figuresCarryAltTextAndABoundingBox() {
        List<TagNode.Element> figures = elements("Figure");
        List<String> alts = new ArrayList<>();
        for (Block block : BlockFinder.all(brief)) {
            if (block instanceof Block.Figure && !((Block.Figure) block).decorative()) {
                alts.add(((Block.Figure) block).alt());
            }
        }
        alts.add(brief.publisher().orElseThrow().logo().orElseThrow().alt());
        assertThat(figures).extracting(figure -> figure.attributes().get("Alt")).containsExactlyElementsOf(alts);
        assertThat(figures).allSatisfy(figure -> assertThat(figure.attributes()).containsKey("BBox"));
    }

    @Test
    void tablesHaveRowsOfHeaderAndDataCellsWithScope() {
        TagNode.Element table = elements("Table").get(0);
        List<TagNode.Element> rows = table.kids().stream()
                .map(kid -> (TagNode.Element) kid)
                .filter(kid -> kid.type().equals("TR"))
                .collect(Collectors.toList());
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).kids()).allSatisfy(cell -> {
            assertThat(((TagNode.Element) cell).type()).isEqualTo("TH");
            assertThat(((TagNode.Element) cell).attributes()).containsEntry("Scope", "Column");
        });
        TagNode.Element rowHeader = (TagNode.Element) rows.get(1).kids().get(0);
        assertThat(rowHeader.attributes()).containsEntry("Scope", "Row");
        assertThat(((TagNode.Element) rows.get(1).kids().get(1)).type()).isEqualTo("TD");
    }

    @Test
    void aParagraphRunningOverAPageBreakIsOneElementWithContentFromBothPages() throws IOException {
        PdfInspection sample = PdfInspection.of(TestPdfs.sample().bytes());
        long split = sample.elements().stream()
                .filter(element -> element.type().equals("P"))
                .filter(element -> element.kids().stream()
                                .filter(kid -> kid instanceof TagNode.Content)
                                .map(kid -> ((TagNode.Content) kid).page())
                                .distinct()
                                .count()
                        > 1)
                .count();
        assertThat(split).isGreaterThanOrEqualTo(1);
    }

    private static TagNode.Element type(String type) {
        return kitchenSink.elements().stream()
                .filter(element -> element.type().equals(type))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type));
    }

    private static List<TagNode.Element> elements(String standardType) {
        return kitchenSink.elements().stream()
                .filter(element -> element.standardType().equals(standardType))
                .collect(Collectors.toList());
    }

    private static List<TagNode.Annotation> annotations(TagNode.Element element) {
        return element.kids().stream()
                .filter(kid -> kid instanceof TagNode.Annotation)
                .map(kid -> (TagNode.Annotation) kid)
                .collect(Collectors.toList());
    }

    private static String ownText(TagNode.Element element) {
        StringBuilder text = new StringBuilder();
        for (TagNode kid : element.kids()) {
            if (kid instanceof TagNode.Content) {
                text.append(((TagNode.Content) kid).text());
            }
        }
        return text.toString().strip();
    }
}
