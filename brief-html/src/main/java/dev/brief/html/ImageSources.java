package dev.brief.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/**
 * Turns an image path from the brief into an {@code src} value: a {@code data:} URI in the print edition,
 * which must stay one self-contained file, or the image's {@link PackagePaths package path} in an EPUB content
 * document, where the EPUB writer packs the image at that path beside the document.
 */
final class ImageSources {
    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "gif", "image/gif",
            "svg", "image/svg+xml",
            "webp", "image/webp");

    private final Path baseDirectory;
    private final Flavor flavor;

    ImageSources(Path baseDirectory, Flavor flavor) {
        this.baseDirectory = baseDirectory;
        this.flavor = flavor;
    }

    String source(String path) {
        return flavor == Flavor.EPUB ? PackagePaths.of(path) : dataUri(path);
    }

    /**
     * Whether this flavour can show the image. An EPUB holds only files inside the brief's folder, so a house
     * logo kept beside the house file (outside it) stays out of the EPUB masthead; the cover and the colophon
     * name the publisher there. The print edition embeds every image.
     */
    boolean canReference(String path) {
        if (flavor != Flavor.EPUB) {
            return true;
        }
        return PackagePaths.isInsideFolder(path);
    }

    /** The image as a {@code data:} URI, whatever the flavour. */
    String dataUri(String path) {
        Path file = baseDirectory.resolve(path);
        try {
            return "data:" + mediaType(path) + ";base64,"
                    + Base64.getEncoder().encodeToString(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read image " + file, e);
        }
    }

    /** The media type by file extension: the same file gives the same type on every machine. */
    static String mediaType(String path) {
        String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String type = MEDIA_TYPES.get(extension);
        if (type == null) {
            throw new IllegalArgumentException(
                    "image " + path + " is not PNG, JPEG, GIF, SVG or WebP; convert it to one of those");
        }
        return type;
    }
}
