package dev.brief.maven.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * After a build of some formats only ({@code -Dbrief.formats=html}), removes the brief's editions of the other
 * formats that are older than its source: they show a text the source no longer has, and leaving them beside
 * the new editions would publish both. Editions of the same text stay.
 */
final class StaleEditions {
    private StaleEditions() {}

    static void remove(BriefSource source, Path folder, Set<Format> built, BuildLog log) throws IOException {
        String formats = String.join(",", built.stream().map(Format::extension).toList());
        for (Format format : Format.values()) {
            if (built.contains(format)) {
                continue;
            }
            for (String name : EditionFiles.names(source.slug(), format)) {
                Path file = folder.resolve(name);
                if (Files.isRegularFile(file) && EditionFiles.olderThan(file, source.file())) {
                    Files.delete(file);
                    log.warn(file + ": removed, older than the source "
                            + source.file().getFileName() + " and not rebuilt (brief.formats=" + formats + ")");
                }
            }
        }
    }
}
