package dev.brief.html;

import dev.brief.core.fonts.EditionFonts;
import dev.brief.core.house.HouseStyle;
import dev.brief.core.model.PageMap;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to write a brief as HTML.
 *
 * @param baseDirectory the brief's folder; figure and logo sources are resolved against it
 * @param style the house style: accent colour (darkened if needed for contrast on white, lightened if needed in
 *     the dark scheme), page size for print, and the house's labels over the bundled ones of the brief's language
 * @param flavor the print edition or an EPUB content document
 * @param pageMap where the pages of the PDF edition begin; when present, page markers are written there
 * @param fonts the web fonts to embed (see {@link WebFontSubsetter}) and name first in the font stacks; with
 *     none the style sheets name common fonts only
 */
public record HtmlOptions(
        Path baseDirectory, HouseStyle style, Flavor flavor, Optional<PageMap> pageMap, EditionFonts fonts) {
    public HtmlOptions {
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(flavor, "flavor");
        Objects.requireNonNull(pageMap, "pageMap");
        Objects.requireNonNull(fonts, "fonts");
    }

    /** Options without web fonts. */
    public HtmlOptions(Path baseDirectory, HouseStyle style, Flavor flavor, Optional<PageMap> pageMap) {
        this(baseDirectory, style, flavor, pageMap, EditionFonts.none());
    }

    /** The same options for another flavour. */
    public HtmlOptions withFlavor(Flavor otherFlavor) {
        return new HtmlOptions(baseDirectory, style, otherFlavor, pageMap, fonts);
    }

    /** The same options with these web fonts. */
    public HtmlOptions withFonts(EditionFonts editionFonts) {
        return new HtmlOptions(baseDirectory, style, flavor, pageMap, editionFonts);
    }
}
