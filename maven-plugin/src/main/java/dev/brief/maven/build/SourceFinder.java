package dev.brief.maven.build;

import dev.brief.core.legacy.LegacyImporter;
import dev.brief.core.read.SourceDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds the briefs under a source file or folder. A brief is a {@code .md} file that opens with a YAML front
 * matter block; a {@code .md} file without one that looks extracted from a PDF is legacy Markdown, imported in
 * memory; any other Markdown (a README) is not a brief and is left alone, with a note in the log.
 */
public final class SourceFinder {
    private final BuildLog log;

    public SourceFinder(BuildLog log) {
        this.log = log;
    }

    /** The briefs in path order; throws when two briefs would write to the same output folder. */
    public List<BriefSource> find(Path source) throws IOException {
        if (!Files.exists(source)) {
            throw new IOException(source + ": no such file or folder (set brief.source to a brief or a folder)");
        }
        List<Path> candidates = new ArrayList<>();
        if (Files.isDirectory(source)) {
            try (Stream<Path> files = Files.walk(source)) {
                files.filter(file -> isMarkdown(file) && !hidden(source, file)).sorted().forEach(candidates::add);
            }
        } else {
            candidates.add(source);
        }
        List<BriefSource> briefs = new ArrayList<>();
        Map<String, Path> slugs = new HashMap<>();
        for (Path file : candidates) {
            BriefSource brief = classify(file);
            if (brief == null) {
                continue;
            }
            Path clash = slugs.putIfAbsent(brief.slug(), file);
            if (clash != null) {
                throw new IOException(file + ": another brief, " + clash + ", already writes to the output folder '"
                        + brief.slug() + "' (rename one of the two files)");
            }
            briefs.add(brief);
        }
        return List.copyOf(briefs);
    }

    private BriefSource classify(Path file) throws IOException {
        // Decoded leniently: a file that is not UTF-8 must not stop the search for the other briefs.
        String text = SourceDecoder.decode(Files.readAllBytes(file));
        boolean utf8 = SourceDecoder.isUtf8(text);
        if (hasFrontMatter(text)) {
            return new BriefSource(file, slug(file), false);
        }
        if (!looksLegacy(text)) {
            if (!utf8) {
                // Perhaps a brief in another encoding, perhaps a binary under a .md name: the reader says which
                // byte is wrong and how to fix it, where skipping it would hide the brief.
                return new BriefSource(file, slug(file), false);
            }
            log.info(file + ": no front matter, not a brief; skipped");
            return null;
        }
        Path imported = importedSibling(file);
        if (Files.exists(imported)) {
            log.info(file + ": legacy Markdown already imported as " + imported.getFileName() + "; skipped");
            return null;
        }
        // The importer needs text; read as a brief, a file that is not UTF-8 fails with a diagnostic instead.
        return new BriefSource(file, slug(file), utf8);
    }

    public static boolean hasFrontMatter(String text) {
        String start = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return start.startsWith("---\n") || start.startsWith("---\r\n");
    }

    /** Extraction leaves bare superscript note numbers, a notes list, a colophon; a hand-written README does not. */
    public static boolean looksLegacy(String text) {
        return LegacyImporter.looksLegacy(text);
    }

    /** Where {@code brief:import} writes the source-format version of a legacy file. */
    public static Path importedSibling(Path legacyFile) {
        String name = legacyFile.getFileName().toString();
        return legacyFile.resolveSibling(name.substring(0, name.length() - ".md".length()) + ".brief.md");
    }

    /** {@code civic-data-trusts.md} and {@code civic-data-trusts.brief.md} both become {@code civic-data-trusts}. */
    static String slug(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        name = name.endsWith(".brief.md") ? name.substring(0, name.length() - ".brief.md".length())
                : name.substring(0, name.length() - ".md".length());
        String slug = name.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "brief" : slug;
    }

    private static boolean isMarkdown(Path file) {
        return Files.isRegularFile(file) && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md");
    }

    private static boolean hidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
