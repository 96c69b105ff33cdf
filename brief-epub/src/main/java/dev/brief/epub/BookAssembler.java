package dev.brief.epub;

import dev.brief.core.fonts.EditionFonts;
import dev.brief.core.fonts.WebFont;
import dev.brief.html.PackagePaths;
import io.documentnode.epub4j.domain.Book;
import io.documentnode.epub4j.domain.MediaType;
import io.documentnode.epub4j.domain.MediaTypes;
import io.documentnode.epub4j.domain.Resource;
import io.documentnode.epub4j.domain.SpineReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Puts the publication together as an epub4j {@link Book}: the cover page, the contents page and the content
 * document in the spine, the style sheet, the cover image, every image the content refers to and the web
 * fonts its style sheet embeds.
 * Hrefs are relative to the package document; each image is packed at the package path the content document
 * refers to (see {@code PackagePaths}), read from its file in the brief's folder.
 */
final class BookAssembler {
    static final String COVER_HREF = "cover.xhtml";
    static final String CONTENT_HREF = "brief.xhtml";
    static final String NAV_HREF = "nav.xhtml";
    static final String STYLE_HREF = "styles/brief.css";
    static final String COVER_IMAGE_HREF = "cover/cover.png";

    /** The core media type of TrueType fonts (EPUB 3.3 §3.2); epub4j knows only older names for it. */
    private static final MediaType TRUE_TYPE = new MediaType("font/ttf", ".ttf");

    private static final Map<String, MediaType> IMAGE_TYPES = Map.of(
            "png", MediaTypes.PNG,
            "jpg", MediaTypes.JPG,
            "jpeg", MediaTypes.JPG,
            "gif", MediaTypes.GIF,
            "svg", MediaTypes.SVG,
            "webp", new MediaType("image/webp", ".webp"));

    private BookAssembler() {}

    /** The book, with the manifest {@code properties} that epub4j's model has no place for. */
    record Publication(Book book, Map<String, String> manifestProperties) {}

    static Publication assemble(
            String contentDocument,
            String navigationDocument,
            String coverDocument,
            byte[] coverImage,
            Map<String, String> images,
            Path baseDirectory,
            EditionFonts fonts) {
        Book book = new Book();
        Map<String, String> properties = new LinkedHashMap<>();
        Resource cover = add(book, "cover", COVER_HREF, MediaTypes.XHTML, utf8(coverDocument));
        Resource content = add(book, "content", CONTENT_HREF, MediaTypes.XHTML, utf8(contentDocument));
        Resource navigation = add(book, "nav", NAV_HREF, MediaTypes.XHTML, utf8(navigationDocument));
        properties.put("nav", "nav");
        add(book, "style", STYLE_HREF, MediaTypes.CSS, styleSheet());
        book.setCoverImage(
                add(book, PackageDocumentWriter.COVER_IMAGE_ID, COVER_IMAGE_HREF, MediaTypes.PNG, coverImage));
        properties.put(PackageDocumentWriter.COVER_IMAGE_ID, "cover-image");
        int number = 0;
        for (Map.Entry<String, String> image : images.entrySet()) {
            String source = image.getValue();
            requireInsideFolder(source);
            add(book, "image-" + ++number, image.getKey(), imageType(source), read(baseDirectory, source));
        }
        number = 0;
        for (WebFont face : fonts.faces()) {
            add(book, "font-" + ++number, PackagePaths.font(face), TRUE_TYPE, face.trueType());
        }
        // The contents page is in the spine, as in a printed book: the landmarks link to it, and EPUB allows
        // links only to spine items (EPUBCheck RSC-011).
        book.getSpine().addSpineReference(new SpineReference(cover, true));
        book.getSpine().addSpineReference(new SpineReference(navigation, true));
        book.getSpine().addSpineReference(new SpineReference(content, true));
        return new Publication(book, properties);
    }

    private static Resource add(Book book, String id, String href, MediaType type, byte[] data) {
        if (book.getResources().containsByHref(href)) {
            throw new IllegalArgumentException("two files at " + href + " in the EPUB; rename the image " + href);
        }
        Resource resource = new Resource(id, data, href, type);
        book.getResources().add(resource);
        return resource;
    }

    /** An image path must stay inside the publication: EPUB forbids files outside the container. */
    private static void requireInsideFolder(String source) {
        if (!PackagePaths.isInsideFolder(source)) {
            throw new IllegalArgumentException(
                    "image " + source + " lies outside the brief's folder; move it into the folder or below it");
        }
    }

    private static MediaType imageType(String source) {
        String extension = source.substring(source.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        MediaType type = IMAGE_TYPES.get(extension);
        if (type == null) {
            throw new IllegalArgumentException("image " + source + " is not PNG, JPEG, GIF, SVG or WebP");
        }
        return type;
    }

    private static byte[] read(Path baseDirectory, String source) {
        Path file = baseDirectory.resolve(source);
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read image " + file, e);
        }
    }

    private static byte[] styleSheet() {
        try (InputStream in = BookAssembler.class.getResourceAsStream("brief.css")) {
            if (in == null) {
                throw new IllegalStateException("brief.css is missing from the brief-epub jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
