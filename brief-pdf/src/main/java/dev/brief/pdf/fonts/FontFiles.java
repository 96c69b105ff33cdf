package dev.brief.pdf.fonts;

import dev.brief.core.house.BundledFonts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where the TrueType file of each {@link Face} comes from: the fonts bundled in the jar, or a
 * house's own files. Only TrueType-flavoured fonts (.ttf) work: PDFBox subsets TrueType outlines,
 * not the CFF outlines of most .otf files.
 */
public final class FontFiles {
    private final Map<Face, Source> sources;

    private FontFiles(Map<Face, Source> sources) {
        this.sources = sources;
    }

    /** Source Serif 4 and Source Sans 3, shipped in the jar under the SIL Open Font License. */
    public static FontFiles bundled() {
        Map<Face, Source> sources = new EnumMap<>(Face.class);
        sources.put(Face.SERIF_REGULAR, resource(BundledFonts.SERIF_REGULAR));
        sources.put(Face.SERIF_ITALIC, resource(BundledFonts.SERIF_ITALIC));
        sources.put(Face.SERIF_BOLD, resource(BundledFonts.SERIF_BOLD));
        sources.put(Face.SERIF_BOLD_ITALIC, resource(BundledFonts.SERIF_BOLD_ITALIC));
        sources.put(Face.SANS_REGULAR, resource(BundledFonts.SANS_REGULAR));
        sources.put(Face.SANS_ITALIC, resource(BundledFonts.SANS_ITALIC));
        sources.put(Face.SANS_SEMIBOLD, resource(BundledFonts.SANS_SEMIBOLD));
        sources.put(Face.SANS_BOLD, resource(BundledFonts.SANS_BOLD));
        sources.put(Face.SANS_BOLD_ITALIC, resource(BundledFonts.SANS_BOLD_ITALIC));
        return new FontFiles(sources);
    }

    /**
     * These files with the serif family replaced by a house's own TrueType files (the house's
     * {@code FontFamily} paths).
     */
    public FontFiles withSerif(Path regular, Path bold, Path italic, Path boldItalic) {
        Map<Face, Source> replaced = new EnumMap<>(sources);
        replaced.put(Face.SERIF_REGULAR, file(regular));
        replaced.put(Face.SERIF_BOLD, file(bold));
        replaced.put(Face.SERIF_ITALIC, file(italic));
        replaced.put(Face.SERIF_BOLD_ITALIC, file(boldItalic));
        return new FontFiles(replaced);
    }

    /**
     * These files with the sans family replaced by a house's own TrueType files; a house family
     * has no semibold, so its bold serves as semibold.
     */
    public FontFiles withSans(Path regular, Path bold, Path italic, Path boldItalic) {
        Map<Face, Source> replaced = new EnumMap<>(sources);
        replaced.put(Face.SANS_REGULAR, file(regular));
        replaced.put(Face.SANS_SEMIBOLD, file(bold));
        replaced.put(Face.SANS_BOLD, file(bold));
        replaced.put(Face.SANS_ITALIC, file(italic));
        replaced.put(Face.SANS_BOLD_ITALIC, file(boldItalic));
        return new FontFiles(replaced);
    }

    /** A name for messages: the file name of the face's font. */
    public String describe(Face face) {
        return sources.get(face).name();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FontFiles && ((FontFiles) other).sources.equals(sources);
    }

    @Override
    public int hashCode() {
        return sources.hashCode();
    }

    byte[] read(Face face) {
        return sources.get(face).read();
    }

    /** The face's font as a {@link FontSource}: a jar resource's key is its name, a file's its path. */
    FontSource source(Face face) {
        Source source = sources.get(face);
        String key = source.path() == null
                ? "bundled:" + source.name()
                : source.path().toString();
        return new FontSource(key, source.name(), source::read);
    }

    private static Source resource(String name) {
        return new Source(name, null);
    }

    private static Source file(Path path) {
        Objects.requireNonNull(path, "path");
        return new Source(String.valueOf(path.getFileName()), path);
    }

    /** A font file: a resource of the jar when {@code path} is null. */
    private record Source(String name, Path path) {
        byte[] read() {
            if (path == null) {
                return BundledFonts.read(name);
            }
            try {
                return Files.readAllBytes(path);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + name, e);
            }
        }
    }
}
