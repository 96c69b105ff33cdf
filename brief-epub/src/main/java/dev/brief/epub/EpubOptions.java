package dev.brief.epub;

import dev.brief.core.house.HouseStyle;
import dev.brief.core.model.PageMap;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How to write a brief as an EPUB.
 *
 * @param baseDirectory the brief's folder; figure sources are resolved against it
 * @param style the house style, for the cover and the accent colour of rules and borders
 * @param timestamp the build time ({@code project.build.outputTimestamp}): {@code dcterms:modified} and the
 *     time of every zip entry, so the same input gives the same bytes
 * @param pageMap where the pages of the PDF edition begin; when present the EPUB has page break markers, a
 *     page list and the {@code pageNavigation} feature
 * @param certifiedBy who evaluated the publication's accessibility ({@code a11y:certifiedBy}); blank means the
 *     publisher
 */
public record EpubOptions(
        Path baseDirectory, HouseStyle style, Instant timestamp, Optional<PageMap> pageMap, String certifiedBy) {
    public EpubOptions {
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(pageMap, "pageMap");
        Objects.requireNonNull(certifiedBy, "certifiedBy");
    }

    /** Options whose accessibility is certified by the publisher. */
    public EpubOptions(Path baseDirectory, HouseStyle style, Instant timestamp, Optional<PageMap> pageMap) {
        this(baseDirectory, style, timestamp, pageMap, "");
    }
}
