package dev.brief.maven.build;

import dev.brief.core.diagnostic.Diagnostic;
import dev.brief.core.diagnostic.Severity;
import dev.brief.core.diagnostic.SourcePosition;
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
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the briefs under a source file or folder. A brief is a {@code .md} file that opens with a YAML front
 * matter block. A file without one is legacy Markdown, imported in memory, when the {@link LegacyMode} says
 * so; otherwise a file named as the source is refused with an error (it is never skipped), and a file found
 * in a folder (a README) is skipped with a warning. Front matter that lost its opening {@code ---} is an error
 * either way. The rules are stated in {@code docs/import.md}.
 */
public final class SourceFinder {
    private static final Pattern LATE_FRONT_MATTER = Pattern.compile("\\A\\uFEFF?\\s*---[ \\t]*\\r?\\n");

    private final BuildLog log;
    private final LegacyMode legacy;

    public SourceFinder(BuildLog log) {
        this(log, LegacyMode.AUTO);
    }

    public SourceFinder(BuildLog log, LegacyMode legacy) {
        this.log = log;
        this.legacy = legacy;
    }

    /**
     * The briefs in path order, refused ones included (they fail when built); throws when two briefs would
     * write to the same output folder.
     */
    public List<BriefSource> find(Path source) throws IOException {
        if (!Files.exists(source)) {
            throw new IOException(source + ": no such file or folder (set brief.source to a brief or a folder)");
        }
        List<Path> candidates = new ArrayList<>();
        boolean named = !Files.isDirectory(source);
        if (named) {
            candidates.add(source);
        } else {
            try (Stream<Path> files = Files.walk(source)) {
                files.filter(file -> isMarkdown(file) && !hidden(source, file))
                        .sorted()
                        .forEach(candidates::add);
            }
        }
        List<BriefSource> briefs = new ArrayList<>();
        Map<String, Path> slugs = new HashMap<>();
        for (Path file : candidates) {
            BriefSource brief = classify(file, named);
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

    /** The brief in {@code file}, or null for a file in a folder that is not a brief (logged). */
    private BriefSource classify(Path file, boolean named) throws IOException {
        // Decoded leniently: a file that is not UTF-8 must not stop the search for the other briefs.
        String text = SourceDecoder.decode(Files.readAllBytes(file));
        if (hasFrontMatter(text) || LATE_FRONT_MATTER.matcher(text).lookingAt() || !SourceDecoder.isUtf8(text)) {
            // Front matter after blank lines: the reader says where it must start.
            // Not UTF-8: perhaps a brief in another encoding, perhaps a binary under a .md name. The reader says
            // which byte is wrong and how to fix it, where skipping it would hide the brief.
            return new BriefSource(file, slug(file), false);
        }
        Optional<Diagnostic> unopened = UnopenedFrontMatter.find(text, file);
        if (unopened.isPresent()) {
            return refused(file, unopened.get());
        }
        if (text.strip().replace("\uFEFF", "").isEmpty()) {
            if (!named) {
                log.warn(file + ": empty, not a brief; skipped");
                return null;
            }
            return refused(
                    file,
                    error(
                            file,
                            "the file is empty: there is no brief to build",
                            "write the front matter between two --- lines (title, language, authors), then the brief's"
                                    + " text; see docs/source-format.md"));
        }
        ExtractionSigns signs = ExtractionSigns.of(text);
        if (legacy == LegacyMode.ALWAYS || legacy == LegacyMode.AUTO && signs.unmistakable()) {
            Path imported = importedSibling(file);
            if (!named && Files.exists(imported)) {
                log.info(file + ": legacy Markdown already imported as " + imported.getFileName() + "; skipped");
                return null;
            }
            if (legacy == LegacyMode.ALWAYS) {
                return new BriefSource(file, slug(file), BriefSource.Kind.LEGACY_ASKED, List.of());
            }
            log.info(file + ": no front matter, unmistakably extracted from a PDF (" + signs.described()
                    + "); imported as legacy Markdown");
            return new BriefSource(file, slug(file), BriefSource.Kind.LEGACY_DETECTED, List.of());
        }
        if (!named) {
            log.warn(file + ": no front matter and not unmistakably extracted from a PDF, so not a brief; skipped"
                    + " (add front matter to build it, or set brief.legacy=always to import it)");
            return null;
        }
        return refused(file, notABrief(file, signs));
    }

    private Diagnostic notABrief(Path file, ExtractionSigns signs) {
        if (legacy == LegacyMode.NEVER) {
            return error(
                    file,
                    "no front matter: a brief starts with a line that holds only ---, and"
                            + " brief.legacy=never imports no legacy Markdown",
                    "add the front matter between two --- lines at the top, or import the file: mvn brief:import"
                            + " -Dbrief.source=" + file);
        }
        return error(
                file,
                "no front matter, and not unmistakably Markdown extracted from a PDF (found: "
                        + signs.described() + "; Brief imports on its own only with bare <sup>N</sup> note numbers or"
                        + " repeated page furniture, and one more sign, see docs/import.md)",
                "add the front matter between two --- lines at the top; or, if the file was extracted from a PDF,"
                        + " import it with mvn brief:import -Dbrief.source=" + file
                        + " or build it with -Dbrief.legacy=always");
    }

    private BriefSource refused(Path file, Diagnostic problem) {
        return new BriefSource(file, slug(file), BriefSource.Kind.REFUSED, List.of(problem));
    }

    private static Diagnostic error(Path file, String message, String fix) {
        return new Diagnostic(Severity.ERROR, new SourcePosition(file.toString(), 1, 1), message, fix);
    }

    public static boolean hasFrontMatter(String text) {
        String start = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return start.startsWith("---\n") || start.startsWith("---\r\n");
    }

    /** Extraction leaves bare superscript note numbers, a notes list, a colophon; a hand-written README does not. */
    public static boolean looksLegacy(String text) {
        return LegacyImporter.looksLegacy(text);
    }

    /** The error for front matter without its opening {@code ---} line, if {@code text} has it. */
    public static Optional<Diagnostic> unopenedFrontMatter(String text, Path file) {
        return UnopenedFrontMatter.find(text, file);
    }

    /** Where {@code brief:import} writes the source-format version of a legacy file. */
    public static Path importedSibling(Path legacyFile) {
        String name = legacyFile.getFileName().toString();
        return legacyFile.resolveSibling(name.substring(0, name.length() - ".md".length()) + ".brief.md");
    }

    /** {@code civic-data-trusts.md} and {@code civic-data-trusts.brief.md} both become {@code civic-data-trusts}. */
    static String slug(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        name = name.endsWith(".brief.md")
                ? name.substring(0, name.length() - ".brief.md".length())
                : name.substring(0, name.length() - ".md".length());
        String slug = name.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "brief" : slug;
    }

    private static boolean isMarkdown(Path file) {
        return Files.isRegularFile(file)
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md");
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
