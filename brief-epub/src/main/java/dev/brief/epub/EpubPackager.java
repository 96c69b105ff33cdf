package dev.brief.epub;

import dev.brief.core.language.Labels;
import dev.brief.core.model.Brief;
import dev.brief.html.DocumentOutline;
import dev.brief.html.PackagePaths;
import io.documentnode.epub4j.domain.Resource;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Packs a finished content document and cover image into an EPUB 3: package document, navigation document,
 * cover page, style sheet, images, container. {@link EpubWriter} gets the content document, its outline and the
 * cover from brief-html; everything EPUB-specific happens here.
 */
final class EpubPackager {
    private EpubPackager() {}

    static void pack(
            Brief brief,
            EpubOptions options,
            String contentDocument,
            DocumentOutline outline,
            byte[] coverImage,
            String coverDescription,
            OutputStream out)
            throws IOException {
        PackageMetadata metadata = MetadataCompiler.compile(brief, options);
        Labels labels = Labels.of(brief.metadata().language(), options.style().labels());
        String navigation = NavigationDocumentWriter.write(
                metadata.title(),
                metadata.language(),
                labels,
                outline,
                BookAssembler.CONTENT_HREF,
                BookAssembler.COVER_HREF,
                options.pageMap());
        String cover = CoverDocumentWriter.write(brief, BookAssembler.COVER_IMAGE_HREF, coverDescription, labels);
        BookAssembler.Publication publication = BookAssembler.assemble(
                contentDocument,
                navigation,
                cover,
                coverImage,
                ImageFiles.of(brief, packagePaths(outline)),
                options.baseDirectory(),
                options.fonts());
        String packageDocument =
                PackageDocumentWriter.write(publication.book(), metadata, publication.manifestProperties());

        OcfWriter container = new OcfWriter();
        String root = OcfWriter.PACKAGE_PATH.substring(0, OcfWriter.PACKAGE_PATH.lastIndexOf('/') + 1);
        container.add(OcfWriter.PACKAGE_PATH, packageDocument.getBytes(StandardCharsets.UTF_8));
        for (Resource resource : publication.book().getResources().getAll()) {
            container.add(root + resource.getHref(), resource.getData());
        }
        container.write(options.timestamp(), out);
    }

    /** The package paths of the images the content document shows, in its order. */
    private static List<String> packagePaths(DocumentOutline outline) {
        return outline.imageSources().stream().map(PackagePaths::of).distinct().toList();
    }
}
