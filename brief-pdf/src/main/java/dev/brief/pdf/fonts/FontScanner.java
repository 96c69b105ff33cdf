package dev.brief.pdf.fonts;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the fonts in folders: every .ttf, .ttc and .otf file below them, folder by folder in the order
 * given and in sorted path order within a folder, so that the same folders always give the same list.
 * Symbolic links are followed (font packages link their files into shared folders) but a link that
 * loops back is not, and a file reached twice is read once. Files that cannot be read, or are no fonts,
 * are skipped: a scan reports nothing and never fails on a stray file.
 */
final class FontScanner {
    /** Deep enough for any font package's layout, shallow enough to stop a runaway tree. */
    private static final int MAX_DEPTH = 16;

    private FontScanner() {}

    /** The fonts of the files below the folders; files are read in parallel, the list keeps their order. */
    static List<InstalledFont> scan(List<Path> folders) {
        List<Path> files = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path folder : folders) {
            for (Path file : fontFiles(folder)) {
                if (seen.add(realPath(file))) {
                    files.add(file);
                }
            }
        }
        return files.parallelStream()
                .map(FontScanner::read)
                .flatMap(List::stream)
                .toList();
    }

    private static List<InstalledFont> read(Path file) {
        try {
            return InstalledFontReader.read(file);
        } catch (IOException | RuntimeException unreadable) {
            // Not a font the engine can use; the scan goes on with the others.
            return List.of();
        }
    }

    /** The font files below {@code folder}, sorted; none when it is not a readable folder. */
    static List<Path> fontFiles(Path folder) {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), MAX_DEPTH, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && isFontFile(file)) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException problem) {
                    // A loop of links, or a folder we may not read: skipped.
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException unreadable) {
            return List.of();
        }
        files.sort(null);
        return files;
    }

    private static boolean isFontFile(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        return name.endsWith(".ttf") || name.endsWith(".ttc") || name.endsWith(".otf");
    }

    private static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }
}
