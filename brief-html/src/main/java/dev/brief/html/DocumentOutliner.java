package dev.brief.html;

import dev.brief.core.language.FrenchPunctuation;
import dev.brief.core.language.Label;
import dev.brief.core.language.Labels;
import dev.brief.core.model.Block;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Note;
import dev.brief.core.model.Publisher;
import dev.brief.core.model.Section;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Outlines the document {@link DocumentRenderer} writes, from the model: it walks the brief in the renderers'
 * order and names what they name with the same ids ({@link RenderContext#headingId}, {@link PageMarkers#id}, the
 * renderers' section ids), so a link built from the outline resolves in the document by construction.
 */
final class DocumentOutliner implements Block.Visitor<Void> {
    private final Brief brief;
    private final Labels labels;
    private final FrenchPunctuation french;
    private final ImageSources images;
    private final List<DocumentOutline.Heading> headings = new ArrayList<>();
    private final Set<String> imageSources = new LinkedHashSet<>();
    /** The level of the heading above the current block, as {@link BlockRenderer} counts it. */
    private int headingLevel = 1;

    private DocumentOutliner(Brief brief, HtmlOptions options) {
        this.brief = brief;
        this.labels = Labels.of(brief.metadata().language(), options.style().labels());
        this.french = FrenchPunctuation.forLanguage(brief.metadata().language());
        this.images = new ImageSources(options.baseDirectory(), options.flavor());
    }

    static DocumentOutline outline(Brief brief, HtmlOptions options) {
        DocumentOutliner outliner = new DocumentOutliner(brief, options);
        outliner.document();
        List<String> pageBreaks = options.pageMap().stream()
                .flatMap(map -> map.pages().stream())
                .map(PageMarkers::id)
                .toList();
        Optional<String> endnotes = brief.notes().isEmpty() ? Optional.empty() : Optional.of(NotesRenderer.SECTION_ID);
        return new DocumentOutline(
                outliner.headings, pageBreaks, endnotes, DocumentRenderer.MAIN_ID, List.copyOf(outliner.imageSources));
    }

    /** The same order as {@link DocumentRenderer#document}. */
    private void document() {
        brief.publisher()
                .flatMap(Publisher::logo)
                .filter(logo -> images.canReference(logo.source()))
                .ifPresent(logo -> imageSources.add(logo.source()));
        heading(1, HeadingText.of(brief.metadata().title(), french), MastheadRenderer.TITLE_ID);
        brief.summary()
                .ifPresent(summary -> heading(
                        2,
                        summary.title().isEmpty()
                                ? HeadingText.of(labels.text(Label.SUMMARY), french)
                                : HeadingText.of(summary.title(), french),
                        RenderContext.headingId(summary.id())));
        blocks(brief.lead());
        brief.sections().forEach(this::section);
        if (!brief.notes().isEmpty()) {
            labelHeading(Label.NOTES, NotesRenderer.SECTION_ID);
            for (Note note : brief.notes()) {
                blocks(note.blocks());
            }
        }
        if (brief.metadata().authors().stream().anyMatch(author -> author.bio().isPresent())) {
            labelHeading(Label.ABOUT_AUTHORS, ColophonRenderer.AUTHORS_ID);
        }
        labelHeading(Label.COLOPHON, ColophonRenderer.COLOPHON_ID);
    }

    private void section(Section section) {
        heading(section.level(), HeadingText.of(section.heading(), french), RenderContext.headingId(section.id()));
        int outer = headingLevel;
        headingLevel = section.level();
        blocks(section.blocks());
        section.subsections().forEach(this::section);
        headingLevel = outer;
    }

    private void blocks(List<Block> blocks) {
        for (Block block : blocks) {
            block.accept(this);
        }
    }

    @Override
    public Void paragraph(Block.Paragraph paragraph) {
        return null;
    }

    @Override
    public Void list(Block.ListBlock list) {
        list.items().forEach(item -> blocks(item.blocks()));
        return null;
    }

    @Override
    public Void quote(Block.Quote quote) {
        blocks(quote.blocks());
        return null;
    }

    @Override
    public Void figure(Block.Figure figure) {
        imageSources.add(figure.source());
        return null;
    }

    @Override
    public Void table(Block.Table table) {
        return null;
    }

    @Override
    public Void pullQuote(Block.PullQuote pullQuote) {
        return null;
    }

    @Override
    public Void aboutBox(Block.AboutBox aboutBox) {
        int level = Math.min(headingLevel + 1, 6);
        heading(level, HeadingText.of(aboutBox.title(), french), RenderContext.headingId(aboutBox.id()));
        int outer = headingLevel;
        headingLevel = level;
        blocks(aboutBox.blocks());
        headingLevel = outer;
        return null;
    }

    private void labelHeading(Label label, String sectionId) {
        heading(2, HeadingText.of(labels.text(label), french), RenderContext.headingId(sectionId));
    }

    private void heading(int level, String text, String targetId) {
        headings.add(new DocumentOutline.Heading(level, text, targetId));
    }
}
