package dev.brief.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** What every HTML edition of every brief must satisfy, checked on the parsed output. */
final class MarkupInvariants {
    private MarkupInvariants() {}

    static void check(Document document, String language, Flavor flavor) {
        landmarks(document);
        assertThat(document.selectFirst("html").attr("lang")).isEqualTo(language);
        assertThat(document.selectFirst("html").attr("xml:lang")).isEqualTo(language);
        headings(document);
        labelledRegions(document);
        notes(document, flavor);
        uniqueIds(document);
        images(document);
        tables(document);
    }

    private static void landmarks(Document document) {
        Element body = document.body();
        assertThat(body.select("> header")).hasSize(1);
        assertThat(body.select("> main")).hasSize(1);
        assertThat(body.select("> footer")).hasSize(1);
        assertThat(document.select("main header, main footer, header main, footer main"))
                .isEmpty();
        assertThat(document.select("h1")).hasSize(1);
        assertThat(document.selectFirst("h1").parent().tagName()).isEqualTo("header");
    }

    /** Headings never skip a level on the way down. */
    private static void headings(Document document) {
        int previous = 0;
        for (Element heading : document.select("h1, h2, h3, h4, h5, h6")) {
            int level = heading.tagName().charAt(1) - '0';
            assertThat(level)
                    .as("heading '%s' after level %d", heading.text(), previous)
                    .isLessThanOrEqualTo(previous + 1);
            assertThat(heading.text()).isNotBlank();
            previous = level;
        }
    }

    /** Every aria-labelledby names an element of the document that has text. */
    private static void labelledRegions(Document document) {
        for (Element labelled : document.select("[aria-labelledby]")) {
            Element label = document.getElementById(labelled.attr("aria-labelledby"));
            assertThat(label).as("label of #%s", labelled.id()).isNotNull();
            assertThat(label.text()).isNotBlank();
        }
        for (Element section : document.select("section")) {
            assertThat(section.attr("aria-labelledby"))
                    .as("section #%s", section.id())
                    .isNotEmpty();
        }
        for (Element aside : document.select("aside:not([role=doc-pullquote])")) {
            assertThat(aside.attr("aria-labelledby")).isNotEmpty();
        }
    }

    /**
     * References lead to notes and every note leads back to each of its references. Each note is an item of
     * the numbered list in the endnotes section: in print the item itself; in the EPUB a {@code div} typed
     * {@code footnote} with role {@code doc-footnote} inside the item, which reading systems pop up. No note
     * is an {@code aside}: reading systems hide those from the list.
     */
    private static void notes(Document document, Flavor flavor) {
        Elements references = document.select("a[role=doc-noteref]");
        Elements backLinks = document.select("a[role=doc-backlink]");
        Set<String> referenceIds = new HashSet<>();
        for (Element reference : references) {
            Element note = document.getElementById(reference.attr("href").substring(1));
            assertThat(note).as("note of reference #%s", reference.id()).isNotNull();
            Element item = listItemOf(note, flavor);
            assertThat(item.parent().tagName()).isEqualTo("ol");
            assertThat(item.parent().parent().attr("role")).isEqualTo("doc-endnotes");
            assertThat(reference.text())
                    .isEqualTo(item.attr("value"))
                    .isEqualTo(Integer.toString(item.elementSiblingIndex() + 1));
            assertThat(note.select("a[role=doc-backlink][href=#" + reference.id() + "]"))
                    .hasSize(1);
            referenceIds.add(reference.id());
        }
        for (Element backLink : backLinks) {
            assertThat(referenceIds).contains(backLink.attr("href").substring(1));
            assertThat(backLink.attr("aria-label")).isNotBlank();
        }
        assertThat(backLinks).hasSameSizeAs(references);
        if (!references.isEmpty()) {
            Element endnotes = document.selectFirst("section[role=doc-endnotes]");
            assertThat(endnotes.parent().tagName()).isEqualTo("main");
            assertThat(endnotes.select("> ol > li")).isNotEmpty();
            for (Element item : endnotes.select("> ol > li")) {
                assertThat(listItemOf(noteIn(item, flavor), flavor)).isSameAs(item);
            }
        }
        for (Element aside : document.select("aside")) {
            assertThat(aside.attr("role") + " " + aside.attr("epub:type"))
                    .as("aside #%s", aside.id())
                    .doesNotContain("footnote", "endnote", "rearnote");
            assertThat(aside.closest("[role=doc-endnotes]")).isNull();
        }
    }

    /** The endnotes list item a note target belongs to, checking the flavour's markup on the way. */
    private static Element listItemOf(Element note, Flavor flavor) {
        if (flavor == Flavor.PRINT) {
            assertThat(note.tagName()).as("note #%s", note.id()).isEqualTo("li");
            return note;
        }
        assertThat(note.tagName()).as("note #%s", note.id()).isEqualTo("div");
        assertThat(note.attr("epub:type")).isEqualTo("footnote");
        assertThat(note.attr("role")).isEqualTo("doc-footnote");
        Element item = note.parent();
        assertThat(item.tagName()).isEqualTo("li");
        assertThat(item.id()).as("the note's id is on its pop-up target only").isEmpty();
        return item;
    }

    /** The one note in an endnotes list item; anything beside it in the EPUB is a page marker. */
    private static Element noteIn(Element item, Flavor flavor) {
        if (flavor == Flavor.PRINT) {
            return item;
        }
        Elements targets = item.select("> div[epub:type=footnote]");
        assertThat(targets)
                .as("pop-up target in note item %s", item.attr("value"))
                .hasSize(1);
        for (Element child : item.children()) {
            assertThat(child == targets.first() || child.attr("role").equals("doc-pagebreak"))
                    .as("only page markers sit beside the note in item %s", item.attr("value"))
                    .isTrue();
        }
        return targets.first();
    }

    private static void uniqueIds(Document document) {
        Set<String> ids = new HashSet<>();
        for (Element element : document.select("[id]")) {
            assertThat(ids.add(element.id()))
                    .as("id %s is unique", element.id())
                    .isTrue();
        }
    }

    private static void images(Document document) {
        for (Element image : document.select("img")) {
            assertThat(image.hasAttr("alt")).isTrue();
        }
        for (Element figure : document.select("figure[id^=fig-]")) {
            assertThat(figure.select("> img")).hasSize(1);
        }
    }

    private static void tables(Document document) {
        for (Element th : document.select("th")) {
            assertThat(th.attr("scope")).isIn("col", "row");
        }
        for (Element table : document.select("table")) {
            assertThat(table.select("> caption, > tbody, > thead")).isNotEmpty();
        }
    }
}
