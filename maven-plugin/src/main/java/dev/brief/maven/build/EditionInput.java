package dev.brief.maven.build;

import dev.brief.core.fonts.EditionFonts;
import dev.brief.core.house.HouseStyle;
import dev.brief.core.model.Brief;
import dev.brief.core.model.PageMap;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Everything an edition needs to write one brief: the read brief, its folder (figures and logo are resolved
 * against it), the house style, the output time, where outputs go, the PDF's page map once it is known, and
 * the web fonts of the HTML and EPUB editions once they are subset.
 */
record EditionInput(
        Brief brief,
        BriefSource source,
        HouseStyle style,
        Instant timestamp,
        Path outputFolder,
        Optional<PageMap> pageMap,
        EditionFonts fonts) {

    EditionInput(
            Brief brief,
            BriefSource source,
            HouseStyle style,
            Instant timestamp,
            Path outputFolder,
            Optional<PageMap> pageMap) {
        this(brief, source, style, timestamp, outputFolder, pageMap, EditionFonts.none());
    }

    Path baseDirectory() {
        return source.folder();
    }

    Path output(String suffix) {
        return outputFolder.resolve(source.slug() + suffix);
    }

    EditionInput withPageMap(PageMap map) {
        return new EditionInput(brief, source, style, timestamp, outputFolder, Optional.of(map), fonts);
    }

    EditionInput withFonts(EditionFonts webFonts) {
        return new EditionInput(brief, source, style, timestamp, outputFolder, pageMap, webFonts);
    }
}
