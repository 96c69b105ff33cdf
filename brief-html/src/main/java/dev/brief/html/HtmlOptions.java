package dev.brief.html;

import dev.brief.core.house.HouseStyle;
import dev.brief.core.model.PageMap;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to write a brief as HTML.
 *
 * @param baseDirectory the brief's folder; figure and logo sources are resolved against it
 * @param style the house style: accent colour (darkened if needed for contrast), page size for print, and the
 *     house's labels over the bundled ones of the brief's language
 * @param flavor the print edition or an EPUB content document
 * @param pageMap where the pages of the PDF edition begin; when present, page markers are written there
 */
public record HtmlOptions(Path baseDirectory, HouseStyle style, Flavor flavor, Optional<PageMap> pageMap) {
    public HtmlOptions {
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(flavor, "flavor");
        Objects.requireNonNull(pageMap, "pageMap");
    }

    /** The same options for another flavour. */
    public HtmlOptions withFlavor(Flavor otherFlavor) {
        return new HtmlOptions(baseDirectory, style, otherFlavor, pageMap);
    }
}
