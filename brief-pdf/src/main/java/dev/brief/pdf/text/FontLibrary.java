package dev.brief.pdf.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The fonts of a house, independent of any PDF document: font file bytes, {@link FontMetrics} and the
 * parsed {@link FontProgram} per {@link Face}, each read on first use and then kept. Thread-safe, so one library serves
 * briefs built in parallel; {@link #bundled()} is shared by the whole process.
 */
public final class FontLibrary {
    private static final FontLibrary BUNDLED = new FontLibrary(FontFiles.bundled());
    private static final Map<FontFiles, FontLibrary> SHARED = new ConcurrentHashMap<>();

    private final FontFiles files;
    private final Map<Face, byte[]> bytes = new EnumMap<>(Face.class);
    private final Map<Face, FontProgram> programs = new EnumMap<>(Face.class);
    /** Read without a lock: layout asks for metrics for every word. */
    private final AtomicReferenceArray<FontMetrics> metrics =
            new AtomicReferenceArray<>(Face.values().length);

    public FontLibrary(FontFiles files) {
        this.files = files;
    }

    /** Source Serif 4 and Source Sans 3 from the jar. */
    public static FontLibrary bundled() {
        return BUNDLED;
    }

    /**
     * One library per set of font files for the whole process, so that a house's fonts are read
     * once however many briefs are built with them.
     */
    public static FontLibrary of(FontFiles files) {
        return files.equals(BUNDLED.files) ? BUNDLED : SHARED.computeIfAbsent(files, FontLibrary::new);
    }

    public FontFiles files() {
        return files;
    }

    /** The metrics of a face, read from its font file on first use. */
    public FontMetrics metrics(Face face) {
        FontMetrics known = metrics.get(face.ordinal());
        if (known == null) {
            synchronized (this) {
                known = metrics.get(face.ordinal());
                if (known == null) {
                    known = FontMetrics.read(fontFile(face), files.describe(face));
                    metrics.set(face.ordinal(), known);
                }
            }
        }
        return known;
    }

    /**
     * The face's font file as the engine uses it: read once per process, with the tables it never
     * uses left out of the directory ({@link TableDirectoryPruner}) and only the character map
     * PDFBox reads ({@link CmapPruner}), so that parsing it extracts no substitutions and builds no
     * unused maps. Shared between threads: never modify it.
     */
    synchronized byte[] fontFile(Face face) {
        return bytes.computeIfAbsent(
                face, unread -> CmapPruner.prune(TableDirectoryPruner.prune(files.read(unread))));
    }

    /**
     * The face's program parsed from {@link #fontFile}, once per process: every document embeds its subsets
     * from the same parsed font instead of parsing the file again.
     */
    synchronized FontProgram program(Face face) {
        FontProgram program = programs.get(face);
        if (program == null) {
            try {
                program = FontProgram.parse(fontFile(face));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load font " + files.describe(face), e);
            }
            programs.put(face, program);
        }
        return program;
    }

    /**
     * The characters of {@code text} that {@code face} cannot draw, in text order, each once per
     * occurrence. Characters that are never drawn (line feeds, soft hyphens, zero-width spaces)
     * are not reported. A caller turns each into a diagnostic at the character's source position
     * instead of letting a blank box reach the page.
     */
    public List<UncoveredCharacter> uncovered(Face face, CharSequence text) {
        FontMetrics faceMetrics = metrics(face);
        List<UncoveredCharacter> missing = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            int codePoint = Character.codePointAt(text, i);
            if (!FontMetrics.isNotDrawn(codePoint) && !faceMetrics.covers(codePoint)) {
                missing.add(new UncoveredCharacter(i, codePoint, face, faceMetrics.fontName()));
            }
            i += Character.charCount(codePoint);
        }
        return missing;
    }
}
