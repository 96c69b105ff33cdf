package dev.brief.pdf.text;

import java.io.IOException;
import java.io.InputStream;
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
    private static final String BUNDLED = "/dev/brief/pdf/fonts/";

    private final Map<Face, Source> sources;

    private FontFiles(Map<Face, Source> sources) {
        this.sources = sources;
    }

    /** Source Serif 4 and Source Sans 3, shipped in the jar under the SIL Open Font License. */
    public static FontFiles bundled() {
        Map<Face, Source> sources = new EnumMap<>(Face.class);
        sources.put(Face.SERIF_REGULAR, resource("SourceSerif4-Regular.ttf"));
        sources.put(Face.SERIF_ITALIC, resource("SourceSerif4-It.ttf"));
        sources.put(Face.SERIF_BOLD, resource("SourceSerif4-Bold.ttf"));
        sources.put(Face.SERIF_BOLD_ITALIC, resource("SourceSerif4-BoldIt.ttf"));
        sources.put(Face.SANS_REGULAR, resource("SourceSans3-Regular.ttf"));
        sources.put(Face.SANS_ITALIC, resource("SourceSans3-It.ttf"));
        sources.put(Face.SANS_SEMIBOLD, resource("SourceSans3-Semibold.ttf"));
        sources.put(Face.SANS_BOLD, resource("SourceSans3-Bold.ttf"));
        sources.put(Face.SANS_BOLD_ITALIC, resource("SourceSans3-BoldIt.ttf"));
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
            try {
                if (path != null) {
                    return Files.readAllBytes(path);
                }
                try (InputStream in = FontFiles.class.getResourceAsStream(BUNDLED + name)) {
                    if (in == null) {
                        throw new IllegalStateException("bundled font missing from the jar: " + name);
                    }
                    return in.readAllBytes();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + name, e);
            }
        }
    }
}
