package dev.brief.epub;

import dev.brief.core.fonts.EditionFonts;
import dev.brief.core.house.HouseStyle;
import dev.brief.core.model.PageMap;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * How to write a brief as an EPUB.
 *
 * @param baseDirectory the brief's folder; figure sources are resolved against it
 * @param style the house style, for the cover, the accent colour of rules and borders, and the house's labels
 * @param timestamp the build time ({@code project.build.outputTimestamp}): {@code dcterms:modified} and the
 *     time of every zip entry, so the same input gives the same bytes
 * @param pageMap where the pages of the PDF edition begin; when present the EPUB has page break markers, a
 *     page list and the {@code pageNavigation} feature
 * @param certifiedBy who evaluated the publication's accessibility ({@code a11y:certifiedBy}); blank means the
 *     publisher
 * @param coverPng the cover already rendered by {@code PictureRenderer.cover} for this brief and style, so a
 *     build that also publishes the cover picture renders it once (rendering is the costliest step); when
 *     empty the writer renders it. The array is copied in and out, and compared by content.
 * @param fonts the web fonts the content document embeds (packed under {@code fonts/} and named first in its
 *     style sheet's font stacks); with none, the reading system's fonts
 */
public record EpubOptions(
        Path baseDirectory,
        HouseStyle style,
        Instant timestamp,
        Optional<PageMap> pageMap,
        String certifiedBy,
        Optional<byte[]> coverPng,
        EditionFonts fonts) {
    public EpubOptions {
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(pageMap, "pageMap");
        Objects.requireNonNull(certifiedBy, "certifiedBy");
        coverPng = Objects.requireNonNull(coverPng, "coverPng").map(byte[]::clone);
        Objects.requireNonNull(fonts, "fonts");
    }

    /** Options without web fonts. */
    public EpubOptions(
            Path baseDirectory,
            HouseStyle style,
            Instant timestamp,
            Optional<PageMap> pageMap,
            String certifiedBy,
            Optional<byte[]> coverPng) {
        this(baseDirectory, style, timestamp, pageMap, certifiedBy, coverPng, EditionFonts.none());
    }

    /** Options whose cover the writer renders itself. */
    public EpubOptions(
            Path baseDirectory, HouseStyle style, Instant timestamp, Optional<PageMap> pageMap, String certifiedBy) {
        this(baseDirectory, style, timestamp, pageMap, certifiedBy, Optional.empty());
    }

    /** Options whose accessibility is certified by the publisher and whose cover the writer renders. */
    public EpubOptions(Path baseDirectory, HouseStyle style, Instant timestamp, Optional<PageMap> pageMap) {
        this(baseDirectory, style, timestamp, pageMap, "");
    }

    /** These options with a cover rendered beforehand. */
    public EpubOptions withCoverPng(byte[] png) {
        return new EpubOptions(baseDirectory, style, timestamp, pageMap, certifiedBy, Optional.of(png), fonts);
    }

    /** These options with web fonts. */
    public EpubOptions withFonts(EditionFonts editionFonts) {
        return new EpubOptions(baseDirectory, style, timestamp, pageMap, certifiedBy, coverPng, editionFonts);
    }

    /** A copy, so callers cannot change the cover these options hold. */
    @Override
    public Optional<byte[]> coverPng() {
        return coverPng.map(byte[]::clone);
    }

    // The record's own equals would compare the arrays by identity.
    @Override
    public boolean equals(Object other) {
        return other instanceof EpubOptions that
                && baseDirectory.equals(that.baseDirectory)
                && style.equals(that.style)
                && timestamp.equals(that.timestamp)
                && pageMap.equals(that.pageMap)
                && certifiedBy.equals(that.certifiedBy)
                && coverPng.isPresent() == that.coverPng.isPresent()
                && Arrays.equals(coverPng.orElse(null), that.coverPng.orElse(null))
                && fonts.equals(that.fonts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                baseDirectory,
                style,
                timestamp,
                pageMap,
                certifiedBy,
                coverPng.map(Arrays::hashCode).orElse(0),
                fonts);
    }

    @Override
    public String toString() {
        return "EpubOptions[baseDirectory=" + baseDirectory + ", style=" + style + ", timestamp=" + timestamp
                + ", pageMap=" + pageMap + ", certifiedBy=" + certifiedBy + ", coverPng="
                + coverPng.map(png -> png.length + " bytes").orElse("none") + ", fonts=" + fonts + "]";
    }
}
