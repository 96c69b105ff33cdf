package dev.brief.html;

import dev.brief.core.fonts.WebFont;
import java.nio.file.Path;

/**
 * Where an image of the brief lives inside an EPUB: its path in the brief's folder, normalised, with every
 * character other than ASCII letters, digits, {@code .}, {@code _} and {@code -} replaced by {@code -}. Such a
 * path is the same as a URL and as a file name in the container, so the content document, the manifest and
 * the zip entry agree without escaping; EPUBCheck warns on spaces in file names and some reading systems
 * mishandle other characters. Two images whose names differ only in such characters would meet at one path;
 * the EPUB writer refuses that with a message naming the image.
 */
public final class PackagePaths {
    private PackagePaths() {}

    /** Whether {@code briefPath} lies inside the brief's folder: only such files can go into an EPUB. */
    public static boolean isInsideFolder(String briefPath) {
        Path normalised = Path.of(briefPath).normalize();
        return !normalised.isAbsolute() && !normalised.startsWith("..");
    }

    /** The package path of {@code briefPath}, which must lie inside the brief's folder. */
    public static String of(String briefPath) {
        String normalised = Path.of(briefPath).normalize().toString().replace('\\', '/');
        StringBuilder path = new StringBuilder(normalised.length());
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            boolean safe = c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z'
                    || c >= '0' && c <= '9'
                    || c == '.'
                    || c == '_'
                    || c == '-'
                    || c == '/';
            path.append(safe ? c : '-');
        }
        return path.toString();
    }

    /** The package path of a web font face: the {@code fonts} folder and the face's file name. */
    public static String font(WebFont face) {
        return "fonts/" + face.fileName();
    }
}
