package dev.brief.html;

import dev.brief.core.house.HouseStyle;
import dev.brief.core.model.Author;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Metadata;
import java.util.List;

/**
 * The cover page as XHTML for Flying Saucer: an accent band with the series and the title, then subtitle,
 * authors and publisher. CSS 2.1 only, logical font families only, so the picture is the same on every run.
 */
final class CoverDocument {
    private CoverDocument() {}

    static String xhtml(Brief brief, HouseStyle style, int width, int height) {
        AccentPalette palette = AccentPalette.of(style.accentColor());
        Metadata metadata = brief.metadata();
        String css = StyleSheets.read("cover.css")
                .replace("@ACCENT@", palette.accent())
                .replace("@TINT@", palette.tint())
                .replace("@TEXT@", AccentPalette.TEXT)
                .replace("@MUTED@", AccentPalette.MUTED_TEXT)
                .replace("@WIDTH@", Integer.toString(width))
                .replace("@HEIGHT@", Integer.toString(height))
                .replace("@BAND_HEIGHT@", Integer.toString(height * 45 / 100 - 220))
                .replace("@TITLE_SIZE@", Integer.toString(titleSize(metadata.title())));
        MarkupWriter writer = new MarkupWriter();
        writer.xmlDeclaration();
        writer.start("html", "xmlns", DocumentRenderer.XHTML_NAMESPACE, "lang", metadata.language(),
                "xml:lang", metadata.language());
        writer.start("head").textElement("title", metadata.title()).styleSheet(css).end("head");
        writer.start("body");
        writer.start("div", "class", "band");
        String series = MastheadRenderer.seriesLine(metadata);
        if (!series.isEmpty()) {
            writer.textElement("div", series, "class", "series");
        }
        writer.textElement("div", metadata.title(), "class", "title");
        writer.end("div");
        writer.start("div", "class", "below");
        metadata.subtitle().ifPresent(subtitle -> writer.textElement("div", subtitle, "class", "subtitle"));
        List<String> names = metadata.authors().stream().map(Author::name).toList();
        if (!names.isEmpty()) {
            writer.textElement("div", String.join(", ", names), "class", "authors");
        }
        writer.end("div");
        brief.publisher().ifPresent(publisher -> writer.textElement("div", publisher.name(), "class", "publisher"));
        writer.end("body").end("html");
        return writer.finish();
    }

    /**
     * Smaller type for longer titles, so that a long title still fits the band in a few lines instead of
     * pushing the rest of the cover off the page.
     */
    static int titleSize(String title) {
        int length = title.codePointCount(0, title.length());
        return length <= 32 ? 124 : length <= 64 ? 104 : length <= 128 ? 84 : 68;
    }

    /** The text alternative of the cover image: everything the cover says, in reading order. */
    static String description(Brief brief) {
        Metadata metadata = brief.metadata();
        StringBuilder text = new StringBuilder("Cover: ");
        String series = MastheadRenderer.seriesLine(metadata);
        if (!series.isEmpty()) {
            text.append(series).append(". ");
        }
        text.append(metadata.title());
        metadata.subtitle().ifPresent(subtitle -> text.append(": ").append(subtitle));
        text.append('.');
        List<String> names = metadata.authors().stream().map(Author::name).toList();
        if (!names.isEmpty()) {
            text.append(' ').append(String.join(", ", names)).append('.');
        }
        brief.publisher().ifPresent(publisher -> text.append(' ').append(publisher.name()).append('.'));
        return text.toString();
    }
}
