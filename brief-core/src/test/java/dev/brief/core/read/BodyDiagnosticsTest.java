package dev.brief.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.brief.core.testing.BriefFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per body diagnostic, each with its exact line and column. The front matter takes lines 1–4,
 * so the body starts on line 5.
 */
class BodyDiagnosticsTest {
    @TempDir
    Path root;

    private BriefSources sources;

    @BeforeEach
    void setUp() throws Exception {
        Path folder = Files.createDirectories(root.resolve("brief"));
        BriefFixtures.writeImages(folder);
        sources = new BriefSources(folder);
    }

    private java.util.List<String> body(String body) {
        return BriefSources.lines(sources.body(body));
    }

    @Test
    void noteReferenceWithoutANote() {
        assertThat(body("## S\n\nText with a note.[^missing]\n"))
                .containsExactly("brief.md:7:18: error: the note reference [^missing] has no note (add a line"
                        + " `[^missing]: …` with the note's text, or correct the label)");
    }

    @Test
    void noteNeverReferenced() {
        assertThat(body("## S\n\nText.\n\n[^lonely]: A note nobody cites.\n"))
                .containsExactly(
                        "brief.md:9:1: error: the note [^lonely] is never referred to (refer to it with [^lonely] where"
                                + " it applies, or delete it)");
    }

    @Test
    void noteDefinedTwice() {
        assertThat(body("## S\n\nText.[^a]\n\n[^a]: First.\n\n[^a]: Second.\n"))
                .containsExactly(
                        "brief.md:11:1: error: the note [^a] is defined twice (give this note its own label, or merge"
                                + " it into the first definition at line 9)");
    }

    @Test
    void noteLabelThatCannotBeAnId() {
        assertThat(body("## S\n\nText.[^né]\n\n[^né]: Note.\n"))
                .containsExactly(
                        "brief.md:9:1: error: the note label [^né] has characters other than letters, digits, '-', '_'"
                                + " and '.' (rename it, e.g. [^ne])");
    }

    @Test
    void imageWithoutAltText() {
        assertThat(body("## S\n\n![](figure.png)\n"))
                .containsExactly("brief.md:7:1: error: the image has no alt text (describe what it shows: ![Bar chart"
                        + " of …](figure.png), or, if it is purely decorative, mark it: ![](figure.png"
                        + " \"decorative\"))");
    }

    @Test
    void decorativeImageMayHaveEmptyAltText() {
        ReadResult result = sources.body("## S\n\n![](rule.png \"decorative\")\n");
        assertThat(result.diagnostics()).isEmpty();
        var figure = (dev.brief.core.model.Block.Figure)
                result.brief().orElseThrow().sections().get(0).blocks().get(0);
        assertThat(figure.decorative()).isTrue();
        assertThat(figure.alt()).isEmpty();
    }

    @Test
    void decorativeImageWithAltText() {
        assertThat(body("## S\n\n![A rule](rule.png \"decorative\")\n"))
                .containsExactly("brief.md:7:1: error: the image is marked decorative but has alt text (remove the alt"
                        + " text, or remove the \"decorative\" title so that the alt text is read)");
    }

    @Test
    void imageTitleIsNotShown() {
        assertThat(body("## S\n\n![A square](figure.png \"A title\")\n"))
                .containsExactly("brief.md:7:1: warning: the image title \"A title\" is not shown in any edition (write"
                        + " the caption on the line below the image instead)");
    }

    @Test
    void veryLongAltText() {
        assertThat(body("## S\n\n![" + "word ".repeat(60).strip() + "](figure.png)\n"))
                .containsExactly(
                        "brief.md:7:1: warning: the alt text is 299 characters long (keep it under 250 characters and"
                                + " move the detail into the caption or the text)");
    }

    @Test
    void imagePathWithDotDotLeavesTheFolder() throws Exception {
        BriefFixtures.writeImages(root);
        assertThat(body("## S\n\n![A square](../figure.png)\n"))
                .containsExactly("brief.md:7:1: error: the image path `../figure.png` leaves the brief's folder (copy"
                        + " the image into the brief's folder (or a subfolder) and refer to it from there)");
    }

    @Test
    void absoluteImagePath() {
        String absolute =
                sources.folder().resolve("figure.png").toAbsolutePath().toString();
        assertThat(body("## S\n\n![A square](" + absolute + ")\n"))
                .containsExactly("brief.md:7:1: error: the image"
                        + " path `" + absolute
                        + "` is absolute (copy the image into the brief's folder and write a path"
                        + " relative to it)");
    }

    @Test
    void symbolicLinkToAFileOutsideTheFolder() throws Exception {
        BriefFixtures.writeImages(root);
        Files.createSymbolicLink(sources.folder().resolve("linked.png"), root.resolve("figure.png"));
        assertThat(body("## S\n\n![A square](linked.png)\n"))
                .containsExactly("brief.md:7:1: error: the image"
                        + " `linked.png` is a link to a file outside the brief's folder (copy the file itself into the"
                        + " brief's folder)");
    }

    @Test
    void missingImageSuggestsASimilarFile() {
        assertThat(body("## S\n\n![A square](figur.png)\n"))
                .containsExactly("brief.md:7:1: error: the image file"
                        + " `figur.png` does not exist (did you mean `figure.png`?)");
    }

    @Test
    void remoteImage() {
        assertThat(body("## S\n\n![A square](https://example.org/a.png)\n"))
                .containsExactly("brief.md:7:1: error: the image `https://example.org/a.png` is not a file in the"
                        + " brief's folder (download it next to the brief and write its file name)");
    }

    @Test
    void imageInsideRunningText() {
        assertThat(body("## S\n\nSee ![A square](figure.png) here.\n"))
                .containsExactly("brief.md:7:5: error: an image inside running text (put the image at the start of its"
                        + " own paragraph; the lines after it are its caption)");
    }

    @Test
    void headingLevelThatSkips() {
        assertThat(body("## A\n\nText.\n\n#### B\n\nText.\n"))
                .containsExactly("brief.md:9:1: error: the heading level skips from ## to #### (use ### here: a heading"
                        + " is at most one level below the one before it)");
    }

    @Test
    void subsectionBeforeAnySection() {
        assertThat(body("### A\n\nText.\n"))
                .containsExactly("brief.md:5:1: error: a ### heading before any ##"
                        + " heading (use ## here: a heading is at most one level below the one before it)");
    }

    @Test
    void titleHeadingInTheBody() {
        assertThat(body("# Title\n\n## S\n\nText.\n"))
                .containsExactly("brief.md:5:1: error: a # heading in the body"
                        + " (the title comes from `title:` in the front matter; start sections with ##)");
    }

    @Test
    void inlineRawHtml() {
        assertThat(body("## S\n\nA claim.<sup>1</sup>\n"))
                .containsExactly("brief.md:7:9: error: raw HTML <sup> is"
                        + " not allowed (for a note, write [^label] in the text and `[^label]: …` below)");
    }

    @Test
    void blockRawHtml() {
        assertThat(body("## S\n\n<div class=\"box\">\nText.\n</div>\n"))
                .containsExactly(
                        "brief.md:7:1: error: raw HTML <div> is not allowed (use a container: `::: pullquote` or `:::"
                                + " about \"Title\"` … `:::`)");
    }

    @Test
    void htmlCommentsAreTheAuthorsOwn() {
        assertThat(body("## S\n\n<!-- to do: check the figures -->\n\nText.\n")).isEmpty();
    }

    @Test
    void unknownContainerSuggestsTheNearest() {
        assertThat(body("## S\n\n::: pullqoute\nA quote.\n:::\n"))
                .containsExactly(
                        "brief.md:7:1: error: unknown" + " container `::: pullqoute` (did you mean `::: pullquote`?)");
    }

    @Test
    void unclosedContainer() {
        assertThat(body("## S\n\n::: about \"About\"\nText.\n"))
                .containsExactly("brief.md:7:1: error: the"
                        + " container `::: about` is never closed (add a line `:::` after its last paragraph)");
    }

    @Test
    void closingFenceWithoutAContainer() {
        assertThat(body("## S\n\nText.\n\n:::\n"))
                .containsExactly("brief.md:9:1: error: a closing `:::` without an"
                        + " open container (delete it, or open a container before it with `::: pullquote` or `::: about"
                        + " \"Title\"`)");
    }

    @Test
    void unquotedContainerTitle() {
        assertThat(body("## S\n\n::: about About this brief\nText.\n:::\n"))
                .containsExactly("brief.md:7:1: error: unexpected text `About this brief` after `::: about` (put a"
                        + " title in double quotes: `::: about \"About this brief\"`)");
    }

    @Test
    void pullQuoteWithMoreThanOneParagraph() {
        assertThat(body("## S\n\n::: pullquote\nOne.\n\nTwo.\n\nThree.\n:::\n"))
                .containsExactly("brief.md:7:1: error: a pull quote holds one paragraph, optionally followed by an"
                        + " attribution line that starts with — (shorten the pull quote to one paragraph)");
    }

    @Test
    void codeBlockAndHorizontalRule() {
        assertThat(body("## S\n\n    indented\n\n***\n"))
                .containsExactly(
                        "brief.md:7:1: error: a code block is not part of the brief format (remove the indentation:"
                                + " four spaces at the start of a line make a code block)",
                        "brief.md:9:1: error: a horizontal rule (---, ***) has no meaning in a brief (start a new"
                                + " section with ## instead, or delete the line)");
    }

    @Test
    void headingInsideAContainer() {
        assertThat(body("## S\n\n::: about\n### Inner\n:::\n"))
                .containsExactly("brief.md:8:1: error: a heading"
                        + " inside a list, quote, note or container (move the heading out to the start of a line of its"
                        + " own, or use **bold** text)");
    }

    @Test
    void summaryWithMoreThanItsList() {
        assertThat(body("## Summary\n\n- A point.\n\nA paragraph.\n"))
                .containsExactly("brief.md:9:1: error: the ## Summary section holds only one bulleted list (move this"
                        + " after the next ## heading, or make it a point of the list)");
    }

    @Test
    void linkWhoseTextIsABareUrl() {
        assertThat(body("## S\n\nSee <https://example.org/report> now.\n"))
                .containsExactly("brief.md:7:5: warning:"
                        + " the link text is a bare URL (https://example.org/report); a screen reader spells it out"
                        + " (describe the target instead, e.g. [the 2025 annual report](https://example.org/report))");
    }

    @Test
    void bareUrlsInNotesAreCitations() {
        assertThat(body("## S\n\nText.[^a]\n\n[^a]: A report, <https://example.org/report>.\n"))
                .isEmpty();
    }

    @Test
    void scriptLinks() {
        assertThat(body("## S\n\nSee [the form](javascript:alert(1)) now.\n"))
                .containsExactly("brief.md:7:5: error: the link to javascript:alert(1) uses the scheme 'javascript:',"
                        + " which a published brief must not link to (use an http(s), mailto or tel address)");
    }

    @Test
    void linkWithoutText() {
        assertThat(body("## S\n\nSee [](https://example.org/) now.\n"))
                .containsExactly("brief.md:7:5: warning: the link to https://example.org/ has no text; a screen reader"
                        + " can only read out the address (write what it links to between the brackets)");
    }

    @Test
    void tableWithoutCaption() {
        assertThat(body("## S\n\n| A | B |\n| - | - |\n| 1 | 2 |\n"))
                .containsExactly("brief.md:7:1: warning: the table has no caption (add a paragraph `Table: what the"
                        + " table shows` after it, separated by an empty line)");
    }

    @Test
    void tableCaptionWithoutATable() {
        assertThat(body("## S\n\nTable: Lost caption.\n"))
                .containsExactly("brief.md:7:1: warning: a `Table:` caption that does not follow a table (put it"
                        + " directly after the table, separated by one empty line)");
    }
}
