package dev.brief.epub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.house.HouseStyle;
import dev.brief.core.model.Author;
import dev.brief.core.model.Block;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Identifiers;
import dev.brief.core.model.Inline;
import dev.brief.core.model.Metadata;
import dev.brief.core.model.PageMap;
import dev.brief.core.model.Section;
import dev.brief.epub.inspect.EpubInspector;
import dev.brief.epub.inspect.InspectedEpub;
import dev.brief.epub.inspect.InspectedEpub.NavEntry;
import dev.brief.epub.inspect.XmlDocuments;
import dev.brief.html.DocumentOutline;
import dev.brief.html.Flavor;
import dev.brief.html.HtmlOptions;
import dev.brief.html.HtmlWriter;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.w3c.dom.Element;

/**
 * Random outlines and random page maps: the contents always mirror the section tree, and the page list always
 * has one entry per page, each linked to a page break inside the paragraph the page map names. The cover is a
 * stand-in here (rendering one per try would only slow the property down).
 */
class RandomBriefNavigationTest {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    /** A random brief and a page map over its paragraphs. */
    record Case(Brief brief, PageMap pageMap, List<Section> sectionsInOrder) {}

    @Property(tries = 40)
    void navigationFollowsTheOutlineAndThePageMap(@ForAll("cases") Case test) throws Exception {
        EpubOptions options = new EpubOptions(
                Path.of("."), HouseStyle.defaults(), EpubFixtures.TIMESTAMP, Optional.of(test.pageMap()));
        HtmlOptions html =
                new HtmlOptions(Path.of("."), HouseStyle.defaults(), Flavor.EPUB, Optional.of(test.pageMap()));
        String content = HtmlWriter.xhtmlDocument(test.brief(), html);
        DocumentOutline outline = HtmlWriter.outline(test.brief(), html);
        assertThat(outline)
                .as("the outline from the model is the outline of the document")
                .isEqualTo(ContentOutliner.outline(content));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EpubPackager.pack(
                test.brief(), options, content, outline, new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "Cover", out);
        InspectedEpub epub = EpubInspector.inspect(out.toByteArray());

        List<String> sectionEntries = new ArrayList<>();
        collectSections(epub.tableOfContents(), 0, sectionEntries);
        assertThat(sectionEntries)
                .containsExactlyElementsOf(test.sectionsInOrder().stream()
                        .map(section -> (section.level() - 2) + ":"
                                + ((Inline.Text) section.heading().get(0)).text())
                        .toList());

        assertThat(epub.pageList())
                .extracting(NavEntry::label)
                .containsExactlyElementsOf(test.pageMap().pages().stream()
                        .map(PageMap.PageStart::label)
                        .toList());
        Element document =
                XmlDocuments.parse(epub.documents().get("brief.xhtml")).getDocumentElement();
        for (int i = 1; i < epub.pageList().size(); i++) {
            String id = epub.pageList().get(i).href().substring("brief.xhtml#".length());
            Element marker = XmlDocuments.elements(document, XHTML, "span").stream()
                    .filter(span -> span.getAttribute("id").equals(id))
                    .findFirst()
                    .orElseThrow();
            assertThat(marker.getAttribute("role")).isEqualTo("doc-pagebreak");
            assertThat(((Element) marker.getParentNode()).getAttribute("id"))
                    .isEqualTo(test.pageMap().pages().get(i).elementId());
        }
    }

    /** Entries that link to a section heading, as "depth:label", depth first. */
    private static void collectSections(List<NavEntry> entries, int depth, List<String> into) {
        for (NavEntry entry : entries) {
            if (entry.href().contains("#heading-sec-")) {
                into.add(depth + ":" + entry.label());
            }
            collectSections(entry.children(), depth + 1, into);
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<List<Integer>> depths =
                Arbitraries.integers().between(0, 3).list().ofMinSize(1).ofMaxSize(9);
        Arbitrary<List<Integer>> breaks =
                Arbitraries.integers().between(0, 10_000).list().ofMaxSize(8);
        return Combinators.combine(depths, breaks).as(RandomBriefNavigationTest::build);
    }

    /** A mutable outline node, turned into immutable sections once the tree is complete. */
    private static final class Node {
        final int level;
        final int number;
        final List<Node> children = new ArrayList<>();

        Node(int level, int number) {
            this.level = level;
            this.number = number;
        }

        Section toSection() {
            String text = "Paragraph " + number + " says something about topic " + number + ".";
            return new Section(
                    "sec-topic-" + number,
                    level,
                    List.of(new Inline.Text("Topic " + number)),
                    List.of(new Block.Paragraph("p-" + number, List.of(new Inline.Text(text)))),
                    children.stream().map(Node::toSection).toList());
        }
    }

    private static Case build(List<Integer> depths, List<Integer> breaks) {
        List<Node> roots = new ArrayList<>();
        List<Node> path = new ArrayList<>();
        int number = 0;
        for (int wanted : depths) {
            int depth = Math.min(wanted, path.size());
            Node node = new Node(depth + 2, ++number);
            path.subList(depth, path.size()).clear();
            (depth == 0 ? roots : path.get(depth - 1).children).add(node);
            path.add(node);
        }
        List<Section> sections = roots.stream().map(Node::toSection).toList();
        Metadata metadata = new Metadata(
                "Random Brief",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                "en",
                List.of(Author.named("Test Writer")),
                Identifiers.none(),
                List.of(),
                Optional.empty());
        Brief brief = new Brief(metadata, Optional.empty(), List.of(), sections, List.of(), Optional.empty());

        List<Section> inOrder = brief.allSections();
        TreeSet<Long> starts = new TreeSet<>();
        for (int value : breaks) {
            int paragraph = value % inOrder.size();
            String text = ((Inline.Text)
                            ((Block.Paragraph) inOrder.get(paragraph).blocks().get(0))
                                    .inlines()
                                    .get(0))
                    .text();
            starts.add((long) paragraph * 1000 + (value / inOrder.size()) % text.length());
        }
        List<PageMap.PageStart> pages = new ArrayList<>();
        pages.add(new PageMap.PageStart(1, "1", PageMap.DOCUMENT_START, 0));
        for (long start : starts) {
            int page = pages.size() + 1;
            String paragraphId =
                    inOrder.get((int) (start / 1000)).blocks().get(0).id();
            pages.add(new PageMap.PageStart(page, Integer.toString(page), paragraphId, (int) (start % 1000)));
        }
        return new Case(brief, new PageMap("PDF edition", pages), inOrder);
    }
}
