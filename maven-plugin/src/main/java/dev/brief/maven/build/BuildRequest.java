package dev.brief.maven.build;

import dev.brief.core.house.PageSize;
import dev.brief.core.house.PdfStandard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What to build: the briefs under {@code source} (a file or a folder) into {@code outputDirectory}/&lt;slug&gt;/.
 *
 * @param house the house file; when empty, {@code house.yaml} at the source root is used if it exists
 * @param pageSize overrides the house page size when present
 * @param threads how many briefs are built at once (at least 1)
 * @param timestamp the time written into outputs (see {@link OutputTimestamp})
 * @param toolkitVersion identifies the code that writes outputs; a change rebuilds every brief
 * @param legacy when a file without front matter is imported as legacy Markdown (see {@link LegacyMode})
 * @param pdfStandard overrides the house's PDF standard ({@code style.pdf-standard}) when present
 */
public record BuildRequest(
        Path source,
        Path outputDirectory,
        Set<Format> formats,
        Optional<PageSize> pageSize,
        Optional<Path> house,
        int threads,
        Instant timestamp,
        String toolkitVersion,
        LegacyMode legacy,
        Optional<PdfStandard> pdfStandard) {
    public BuildRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        formats = formats.isEmpty() ? EnumSet.noneOf(Format.class) : EnumSet.copyOf(formats);
        Objects.requireNonNull(pageSize, "pageSize");
        Objects.requireNonNull(house, "house");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(toolkitVersion, "toolkitVersion");
        Objects.requireNonNull(legacy, "legacy");
        Objects.requireNonNull(pdfStandard, "pdfStandard");
    }

    /** A request that keeps the house's PDF standard. */
    public BuildRequest(
            Path source,
            Path outputDirectory,
            Set<Format> formats,
            Optional<PageSize> pageSize,
            Optional<Path> house,
            int threads,
            Instant timestamp,
            String toolkitVersion,
            LegacyMode legacy) {
        this(
                source,
                outputDirectory,
                formats,
                pageSize,
                house,
                threads,
                timestamp,
                toolkitVersion,
                legacy,
                Optional.empty());
    }

    /** A request with the default legacy setting, {@link LegacyMode#AUTO}. */
    public BuildRequest(
            Path source,
            Path outputDirectory,
            Set<Format> formats,
            Optional<PageSize> pageSize,
            Optional<Path> house,
            int threads,
            Instant timestamp,
            String toolkitVersion) {
        this(source, outputDirectory, formats, pageSize, house, threads, timestamp, toolkitVersion, LegacyMode.AUTO);
    }

    public BuildRequest withLegacy(LegacyMode mode) {
        return new BuildRequest(
                source,
                outputDirectory,
                formats,
                pageSize,
                house,
                threads,
                timestamp,
                toolkitVersion,
                mode,
                pdfStandard);
    }

    /** This request, writing the PDF edition to {@code standard} whatever the house says. */
    public BuildRequest withPdfStandard(Optional<PdfStandard> standard) {
        return new BuildRequest(
                source,
                outputDirectory,
                formats,
                pageSize,
                house,
                threads,
                timestamp,
                toolkitVersion,
                legacy,
                standard);
    }

    /** The folder the source paths are relative to: the source folder, or the folder of a single source file. */
    public Path sourceRoot() {
        Path absolute = source.toAbsolutePath();
        return Files.isDirectory(absolute) ? absolute : absolute.getParent();
    }

    /** The house file to read: the configured one, else {@code house.yaml} at the source root if present. */
    public Optional<Path> houseFile() {
        if (house.isPresent()) {
            return house;
        }
        Path conventional = sourceRoot().resolve("house.yaml");
        return Files.isRegularFile(conventional) ? Optional.of(conventional) : Optional.empty();
    }
}
