package dev.brief.epub;

import dev.brief.core.model.Author;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Edition;
import dev.brief.core.model.Metadata;
import dev.brief.core.model.PageMap;
import dev.brief.core.model.PlainText;
import dev.brief.core.model.Publisher;
import dev.brief.core.model.Summary;
import java.util.Optional;
import java.util.stream.Collectors;

/** Gathers the package metadata from the brief's model and the build's options. */
final class MetadataCompiler {
    private MetadataCompiler() {}

    static PackageMetadata compile(Brief brief, EpubOptions options) {
        Metadata metadata = brief.metadata();
        Optional<String> publisher = brief.publisher().map(Publisher::name);
        Optional<PageMap> pageList =
                options.pageMap().filter(map -> !map.pages().isEmpty());
        Optional<String> certifiedBy = options.certifiedBy().isBlank()
                ? publisher
                : Optional.of(options.certifiedBy().strip());
        AccessibilityMetadata accessibility = AccessibilityDescriber.describe(
                BriefSurvey.of(brief),
                pageList.isPresent(),
                certifiedBy,
                pageList.map(map -> pageBreakSource(brief, map)));
        return new PackageMetadata(
                PublicationIdentifier.of(brief),
                metadata.title(),
                metadata.subtitle(),
                metadata.language(),
                metadata.authors().stream().map(Author::name).toList(),
                publisher,
                metadata.date(),
                metadata.rights(),
                brief.summary().map(summary -> description(summary, brief)),
                metadata.keywords(),
                metadata.series().map(name -> new PackageMetadata.Series(name, metadata.number())),
                options.timestamp(),
                accessibility);
    }

    /** The summary's points, one after another, as the catalogue description. */
    private static String description(Summary summary, Brief brief) {
        return summary.points().stream()
                .map(point -> PlainText.of(point.inlines(), brief).strip())
                .filter(text -> !text.isEmpty())
                .map(text -> text.endsWith(".") || text.endsWith("?") || text.endsWith("!") ? text : text + ".")
                .collect(Collectors.joining(" "));
    }

    /**
     * The edition whose pages the page list reproduces: the PDF edition's ISBN when it has one (EPUB
     * Accessibility Techniques 1.1, "Identify the source of the page break markers"), else the page map's
     * own name for that edition.
     */
    private static String pageBreakSource(Brief brief, PageMap pageMap) {
        return brief.metadata()
                .identifiers()
                .isbn(Edition.PDF)
                .map(isbn -> "urn:isbn:" + isbn.digits())
                .orElse(pageMap.editionLabel());
    }
}
