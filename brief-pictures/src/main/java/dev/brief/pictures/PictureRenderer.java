package dev.brief.pictures;

import dev.brief.core.house.HouseStyle;
import dev.brief.core.language.Label;
import dev.brief.core.language.Labels;
import dev.brief.core.model.Author;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Metadata;
import dev.brief.html.HtmlOptions;
import dev.brief.html.HtmlWriter;
import java.util.List;

/**
 * Renders pictures of a brief: the cover image of the EPUB, painted by {@link CoverPainter}, and a first-page
 * preview for a publisher's catalogue, rendered from the print edition's markup (brief-html) by Flying Saucer.
 * Both are PNG bytes that depend only on the brief and the house style. The one public class of the module.
 */
public final class PictureRenderer {
    /** Cover size in pixels: a 1:1.6 portrait, the proportion e-book stores recommend, 1600 pixels wide. */
    public static final int COVER_WIDTH = 1600;

    public static final int COVER_HEIGHT = 2560;

    /** Preview resolution: pixels per inch of the printed page. */
    public static final int PREVIEW_PIXELS_PER_INCH = 96;

    private PictureRenderer() {}

    /** The cover: title, subtitle, series, authors and publisher on the house accent colour. */
    public static byte[] cover(Brief brief, HouseStyle style) {
        return BandedCover.png(CoverPainter.compose(brief, style, COVER_WIDTH, COVER_HEIGHT));
    }

    /** The text alternative for the cover image, with the bundled label of the brief's language. */
    public static String coverDescription(Brief brief) {
        return coverDescription(brief, HouseStyle.defaults());
    }

    /**
     * The text alternative for the cover image: "Cover: " in the brief's language (or the house's word for
     * it), then everything the cover says, in reading order.
     */
    public static String coverDescription(Brief brief, HouseStyle style) {
        Metadata metadata = brief.metadata();
        StringBuilder text = new StringBuilder();
        String series = metadata.seriesLine();
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
        brief.publisher()
                .ifPresent(
                        publisher -> text.append(' ').append(publisher.name()).append('.'));
        return Labels.of(metadata.language(), style.labels()).format(Label.COVER_DESCRIPTION, text);
    }

    /**
     * The first page of the print edition at the house page size, {@link #PREVIEW_PIXELS_PER_INCH} pixels per
     * inch. Page markers are not drawn; images are embedded whatever the flavour in {@code options}.
     */
    public static byte[] firstPagePreview(Brief brief, HtmlOptions options) {
        int width = previewWidth(options.style());
        int height = previewHeight(options.style());
        return Rasterizer.png(HtmlWriter.previewDocument(brief, options, width), width, height);
    }

    public static int previewWidth(HouseStyle style) {
        return (int) Math.round(style.pageSize().widthInPoints() / 72 * PREVIEW_PIXELS_PER_INCH);
    }

    public static int previewHeight(HouseStyle style) {
        return (int) Math.round(style.pageSize().heightInPoints() / 72 * PREVIEW_PIXELS_PER_INCH);
    }
}
