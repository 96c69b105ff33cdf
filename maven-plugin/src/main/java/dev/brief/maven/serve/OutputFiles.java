package dev.brief.maven.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a request path to a file the preview may serve: an edition or report under the output folder, and
 * nothing else. A path is refused (the server answers 404, never saying why) when a segment is empty,
 * {@code .}, {@code ..} or hidden, when it holds a separator or drive letter of its own, when the file's real
 * path (symbolic links followed) leaves the output folder, or when its type is not one the build writes, which
 * keeps out briefs, house files and the build stamp even if the output folder sits among the sources.
 */
final class OutputFiles {
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "pdf", "application/pdf",
            "epub", "application/epub+zip",
            "png", "image/png",
            "xml", "application/xml; charset=utf-8");

    private final Path root;

    /** {@code root} need not exist yet: the first build may still be creating it. */
    OutputFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * The file for a decoded request path (what {@link java.net.URI#getPath()} returns, so {@code %2e%2e}
     * arrives as {@code ..}), or empty when it must not be served.
     */
    Optional<Path> resolve(String decodedPath) {
        if (decodedPath == null || !decodedPath.startsWith("/") || decodedPath.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        String[] segments = decodedPath.substring(1).split("/", -1);
        Path file = root;
        for (String segment : segments) {
            if (!acceptable(segment)) {
                return Optional.empty();
            }
            file = file.resolve(segment);
        }
        if (!file.normalize().startsWith(root) || contentType(file).isEmpty()) {
            return Optional.empty();
        }
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(root.toRealPath()) || !Files.isRegularFile(real)) {
                return Optional.empty();
            }
            return Optional.of(real);
        } catch (IOException e) {
            // Missing, or a link that leads nowhere: not found either way.
            return Optional.empty();
        }
    }

    /** The media type of a file the build writes, by extension; empty for any other file. */
    static Optional<String> contentType(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0
                ? Optional.empty()
                : Optional.ofNullable(TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    private static boolean acceptable(String segment) {
        return !segment.isEmpty() && !segment.startsWith(".") && segment.indexOf('\\') < 0 && segment.indexOf(':') < 0;
    }
}
