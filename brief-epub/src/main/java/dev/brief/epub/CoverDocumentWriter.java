package dev.brief.epub;

import dev.brief.core.language.Label;
import dev.brief.core.language.Labels;
import dev.brief.core.language.TextDirection;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Metadata;

/**
 * Writes the cover page: the generated cover image alone, marked as the cover ({@code epub:type="cover"},
 * DPUB-ARIA {@code doc-cover}), with the text alternative the cover renderer gives: what the picture says.
 */
final class CoverDocumentWriter {
    private CoverDocumentWriter() {}

    static String write(Brief brief, String imageHref, String description, Labels labels) {
        Metadata metadata = brief.metadata();
        IndentedXmlWriter writer = new IndentedXmlWriter().declaration().htmlDoctype();
        writer.open(
                "html",
                "xmlns",
                NavigationDocumentWriter.XHTML,
                "xmlns:epub",
                NavigationDocumentWriter.OPS,
                "lang",
                metadata.language(),
                "xml:lang",
                metadata.language(),
                "dir",
                TextDirection.of(metadata.language()).attribute());
        writer.open("head");
        writer.empty("meta", "charset", "utf-8");
        writer.element("title", metadata.title() + " – " + labels.text(Label.COVER));
        writer.empty("link", "rel", "stylesheet", "type", "text/css", "href", BookAssembler.STYLE_HREF);
        writer.close("head");
        writer.open("body", "class", "cover-page");
        writer.open("section", "epub:type", "cover", "class", "cover");
        writer.empty("img", "role", "doc-cover", "src", imageHref, "alt", description);
        writer.close("section");
        writer.close("body");
        writer.close("html");
        return writer.toString();
    }
}
