package dev.brief.maven.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The files each format writes for one brief in its output folder, and whether one of them is older than the
 * brief's source: what a build keeps, replaces or removes, and what {@code brief:check} refuses to check.
 */
public final class EditionFiles {
    private EditionFiles() {}

    /** The file names {@code format} writes for the brief {@code slug}. */
    static List<String> names(String slug, Format format) {
        return switch (format) {
            case PNG -> List.of(slug + "-cover.png", slug + "-preview.png");
            default -> List.of(slug + "." + format.extension());
        };
    }

    /** The editions of {@code slug} that exist in {@code folder}, in format order. */
    static List<Path> existing(Path folder, String slug) {
        List<Path> files = new ArrayList<>();
        for (Format format : Format.values()) {
            for (String name : names(slug, format)) {
                Path file = folder.resolve(name);
                if (Files.isRegularFile(file)) {
                    files.add(file);
                }
            }
        }
        return files;
    }

    /** True when {@code edition} was last written before {@code source} was last changed. */
    public static boolean olderThan(Path edition, Path source) throws IOException {
        FileTime written = Files.getLastModifiedTime(edition);
        return written.compareTo(Files.getLastModifiedTime(source)) < 0;
    }

    /** "a.pdf, a.epub", for log lines. */
    static String listed(List<Path> files) {
        return String.join(
                ", ", files.stream().map(file -> file.getFileName().toString()).toList());
    }
}
