package dev.brief.core.read;

import dev.brief.core.read.yaml.KeySuggester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.commonmark.node.Image;

/**
 * Checks that an image is a PNG or JPEG file inside the brief's folder. A brief's folder is what gets
 * published with it, so a path that leaves it (by {@code ..}, an absolute path or a symbolic link) would
 * build on one machine and break on the next.
 */
final class ImageChecker {
    private final Conversion conversion;

    ImageChecker(Conversion conversion) {
        this.conversion = conversion;
    }

    /** True when the image can be used. */
    boolean check(Image image) {
        String source = image.getDestination() == null ? "" : image.getDestination();
        if (source.isBlank()) {
            conversion.error(image, "the image has no file", "write ![alt text](file.png)");
            return false;
        }
        if (source.matches("(?i)[a-z][a-z0-9+.-]*:.*") && !source.matches("(?i)[a-z]:[\\\\/].*")) {
            conversion.error(
                    image,
                    "the image `" + source + "` is not a file in the brief's folder",
                    "download it next to the brief and write its file name");
            return false;
        }
        Path folder = conversion.folder().toAbsolutePath().normalize();
        Path path;
        try {
            path = Path.of(source);
        } catch (InvalidPathException e) {
            conversion.error(image, "the image path `" + source + "` is not a valid file name", "rename the file");
            return false;
        }
        if (path.isAbsolute() || source.startsWith("/") || source.startsWith("\\")) {
            conversion.error(
                    image,
                    "the image path `" + source + "` is absolute",
                    "copy the image into the brief's folder and write a path relative to it");
            return false;
        }
        Path resolved = folder.resolve(path).normalize();
        if (!resolved.startsWith(folder)) {
            conversion.error(
                    image,
                    "the image path `" + source + "` leaves the brief's folder",
                    "copy the image into the brief's folder (or a subfolder) and refer to it from there");
            return false;
        }
        if (!Files.exists(resolved)) {
            conversion.error(
                    image,
                    "the image file `" + source + "` does not exist",
                    nearest(resolved)
                            .map(name -> "did you mean `" + name + "`?")
                            .orElse("put the file in the brief's folder or correct the path"));
            return false;
        }
        try {
            if (!resolved.toRealPath().startsWith(folder.toRealPath())) {
                conversion.error(
                        image,
                        "the image `" + source + "` is a link to a file outside the brief's folder",
                        "copy the file itself into the brief's folder");
                return false;
            }
        } catch (IOException e) {
            conversion.error(
                    image,
                    "the image file `" + source + "` cannot be read: " + e.getMessage(),
                    "check the file's permissions");
            return false;
        }
        String name = resolved.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg"))) {
            conversion.error(
                    image,
                    "the image `" + source + "` is not a PNG or JPEG file",
                    "convert it to PNG (drawings, charts) or JPEG (photographs)");
            return false;
        }
        return true;
    }

    private static Optional<String> nearest(Path missing) {
        Path parent = missing.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return Optional.empty();
        }
        try (Stream<Path> siblings = Files.list(parent)) {
            return KeySuggester.nearest(
                    missing.getFileName().toString(),
                    siblings.map(p -> p.getFileName().toString()).toList());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
