package dev.brief.epub;

import dev.brief.core.language.TextDirection;
import io.documentnode.epub4j.domain.Book;
import io.documentnode.epub4j.domain.Resource;
import io.documentnode.epub4j.domain.SpineReference;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the EPUB 3 package document (EPUB 3.3 §5). epub4j's own writer emits only EPUB 2 package documents
 * (no {@code dcterms:modified}, no manifest {@code properties}, no refinements), so this module writes it:
 * metadata from {@link PackageMetadata}, manifest and spine from the epub4j {@link Book}.
 */
final class PackageDocumentWriter {
    static final String UNIQUE_IDENTIFIER_ID = "publication-id";
    static final String COVER_IMAGE_ID = "cover-image";

    private PackageDocumentWriter() {}

    /**
     * @param manifestProperties the {@code properties} of a manifest item by resource id ({@code nav},
     *     {@code cover-image})
     */
    static String write(Book book, PackageMetadata metadata, Map<String, String> manifestProperties) {
        // A right-to-left publication says so for its metadata (dir, EPUB 3.3 §5.3.4) and turns its pages from
        // right to left (page-progression-direction, §5.7.1); left to right is the default of both.
        String rightToLeft =
                TextDirection.of(metadata.language()).isRightToLeft() ? TextDirection.RIGHT_TO_LEFT.attribute() : null;
        IndentedXmlWriter writer = new IndentedXmlWriter().declaration();
        writer.open(
                "package",
                "xmlns",
                "http://www.idpf.org/2007/opf",
                "version",
                "3.0",
                "unique-identifier",
                UNIQUE_IDENTIFIER_ID,
                "xml:lang",
                metadata.language(),
                "dir",
                rightToLeft);
        metadata(metadata, writer);
        manifest(book, manifestProperties, writer);
        spine(book, rightToLeft, writer);
        writer.close("package");
        return writer.toString();
    }

    private static void metadata(PackageMetadata metadata, IndentedXmlWriter writer) {
        writer.open("metadata", "xmlns:dc", "http://purl.org/dc/elements/1.1/");
        writer.element("dc:identifier", metadata.identifier(), "id", UNIQUE_IDENTIFIER_ID);
        writer.element("dc:title", metadata.title(), "id", "title");
        if (metadata.subtitle().isPresent()) {
            writer.element("meta", "main", "refines", "#title", "property", "title-type");
            writer.element("dc:title", metadata.subtitle().get(), "id", "subtitle");
            writer.element("meta", "subtitle", "refines", "#subtitle", "property", "title-type");
        }
        writer.element("dc:language", metadata.language());
        List<String> creators = metadata.creators();
        for (int i = 0; i < creators.size(); i++) {
            String id = "creator-" + (i + 1);
            writer.element("dc:creator", creators.get(i), "id", id);
            writer.element("meta", "aut", "refines", "#" + id, "property", "role", "scheme", "marc:relators");
        }
        metadata.publisher().ifPresent(publisher -> writer.element("dc:publisher", publisher));
        metadata.date().ifPresent(date -> writer.element("dc:date", date.toString()));
        metadata.rights().ifPresent(rights -> writer.element("dc:rights", rights));
        metadata.description().ifPresent(description -> writer.element("dc:description", description));
        for (String subject : metadata.subjects()) {
            writer.element("dc:subject", subject);
        }
        metadata.series().ifPresent(series -> series(series, writer));
        writer.element(
                "meta",
                DateTimeFormatter.ISO_INSTANT.format(metadata.modified().truncatedTo(ChronoUnit.SECONDS)),
                "property",
                "dcterms:modified");
        accessibility(metadata.accessibility(), metadata.language(), writer);
        // The EPUB 2 way of naming the cover image: EPUB 3.3 keeps it valid, and older reading systems (and
        // epub4j's reader) find the cover only this way.
        writer.empty("meta", "name", "cover", "content", COVER_IMAGE_ID);
        writer.close("metadata");
    }

    /**
     * EPUB 3.3 §D.3 "belongs-to-collection": reading systems group the briefs of a series by it. The number
     * becomes {@code group-position} only when it is a number, as that property requires.
     */
    private static void series(PackageMetadata.Series series, IndentedXmlWriter writer) {
        writer.element("meta", series.name(), "property", "belongs-to-collection", "id", "series");
        writer.element("meta", "series", "refines", "#series", "property", "collection-type");
        series.number()
                .filter(number -> number.strip().matches("[0-9]+(\\.[0-9]+)*"))
                .ifPresent(number ->
                        writer.element("meta", number.strip(), "refines", "#series", "property", "group-position"));
    }

    /** EPUB Accessibility 1.1 §2 and §4; the summary is written in English, and says so. */
    private static void accessibility(AccessibilityMetadata accessibility, String language, IndentedXmlWriter writer) {
        for (String mode : accessibility.accessModes()) {
            writer.element("meta", mode, "property", "schema:accessMode");
        }
        for (String sufficient : accessibility.accessModesSufficient()) {
            writer.element("meta", sufficient, "property", "schema:accessModeSufficient");
        }
        for (String feature : accessibility.features()) {
            writer.element("meta", feature, "property", "schema:accessibilityFeature");
        }
        for (String hazard : accessibility.hazards()) {
            writer.element("meta", hazard, "property", "schema:accessibilityHazard");
        }
        boolean english = language.toLowerCase(Locale.ROOT).startsWith("en");
        writer.element(
                "meta",
                accessibility.summary(),
                "property",
                "schema:accessibilitySummary",
                "xml:lang",
                english ? null : "en");
        writer.element("meta", accessibility.conformsTo(), "property", "dcterms:conformsTo");
        accessibility.certifiedBy().ifPresent(by -> writer.element("meta", by, "property", "a11y:certifiedBy"));
        accessibility
                .pageBreakSource()
                .ifPresent(source -> writer.element("meta", source, "property", "pageBreakSource"));
    }

    private static void manifest(Book book, Map<String, String> manifestProperties, IndentedXmlWriter writer) {
        writer.open("manifest");
        List<Resource> resources = book.getResources().getAll().stream()
                .sorted(Comparator.comparing(Resource::getHref))
                .toList();
        for (Resource resource : resources) {
            writer.empty(
                    "item",
                    "id",
                    resource.getId(),
                    "href",
                    resource.getHref(),
                    "media-type",
                    resource.getMediaType().getName(),
                    "properties",
                    manifestProperties.get(resource.getId()));
        }
        writer.close("manifest");
    }

    private static void spine(Book book, String pageProgressionDirection, IndentedXmlWriter writer) {
        writer.open("spine", "page-progression-direction", pageProgressionDirection);
        for (SpineReference reference : book.getSpine().getSpineReferences()) {
            writer.empty("itemref", "idref", reference.getResourceId(), "linear", reference.isLinear() ? null : "no");
        }
        writer.close("spine");
    }
}
