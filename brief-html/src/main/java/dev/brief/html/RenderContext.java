package dev.brief.html;

import dev.brief.core.language.FrenchPunctuation;
import dev.brief.core.language.Labels;
import dev.brief.core.model.Brief;
import java.util.List;
import java.util.Map;

/**
 * What the renderers of one document share: the writer, the brief, the flavour, the page markers still to
 * place, and every note reference (the notes list links back to each of them).
 */
final class RenderContext {
    private final MarkupWriter writer = new MarkupWriter();
    private final Brief brief;
    private final HtmlOptions options;
    private final Labels labels;
    private final PageMarkers pageMarkers;
    private final ImageSources images;
    private final Map<String, List<String>> referencesByNote;

    RenderContext(Brief brief, HtmlOptions options) {
        this.brief = brief;
        this.options = options;
        this.labels = Labels.of(brief.metadata().language(), options.style().labels());
        writer.spaceFrench(FrenchPunctuation.forLanguage(brief.metadata().language()));
        this.pageMarkers = new PageMarkers(options.pageMap(), options.flavor());
        this.images = new ImageSources(options.baseDirectory(), options.flavor());
        this.referencesByNote = NoteReferences.of(brief);
    }

    MarkupWriter writer() {
        return writer;
    }

    Brief brief() {
        return brief;
    }

    HtmlOptions options() {
        return options;
    }

    Flavor flavor() {
        return options.flavor();
    }

    Labels labels() {
        return labels;
    }

    PageMarkers pageMarkers() {
        return pageMarkers;
    }

    ImageSources images() {
        return images;
    }

    /** The id of the heading that labels the element {@code elementId} ({@code aria-labelledby}). */
    static String headingId(String elementId) {
        return "heading-" + elementId;
    }

    /** The ids of the references to {@code noteId}, in reading order. */
    List<String> referencesTo(String noteId) {
        return referencesByNote.getOrDefault(noteId, List.of());
    }
}
