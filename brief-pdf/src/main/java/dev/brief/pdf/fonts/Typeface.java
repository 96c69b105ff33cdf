package dev.brief.pdf.fonts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import org.apache.fontbox.ttf.GlyphSubstitutionTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One font program as the engine uses it: its metrics for layout, its parsed program for embedding subsets, and
 * the JDK's font of the same file for shaping. Each is made on first use and then kept; thread-safe.
 *
 * <p>Public also for the Maven plugin, which adds the fallback fonts the PDF uses to the web editions.
 */
public final class Typeface {
    private final FontSource source;
    private volatile byte[] original;
    private byte[] pruned;
    private volatile FontMetrics metrics;
    private FontProgram program;
    private Font shapingFont;
    private Set<String> substitutionScripts;

    Typeface(FontSource source) {
        this.source = source;
    }

    public FontSource source() {
        return source;
    }

    /** The font's file name, for messages. */
    public String name() {
        return source.name();
    }

    public FontMetrics metrics() {
        FontMetrics known = metrics;
        if (known == null) {
            synchronized (this) {
                known = metrics;
                if (known == null) {
                    known = FontMetrics.read(prunedFile(), source.name());
                    metrics = known;
                }
            }
        }
        return known;
    }

    /** The face's program parsed once per process: every document embeds its subsets from it. */
    synchronized FontProgram program() {
        if (program == null) {
            try {
                program = FontProgram.parse(prunedFile());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load font " + source.name(), e);
            }
        }
        return program;
    }

    /** The glyph id of {@code codePoint} in the face's own cmap (0 when it has none). */
    public int glyphId(int codePoint) {
        return program().glyphId(codePoint);
    }

    /**
     * The JDK's font of the same file, at 1000 units to the em, for the shaper: made from the whole file, since
     * shaping reads the substitution and positioning tables that {@link #prunedFile()} leaves out. Glyph ids
     * are the file's own, the same as the program's.
     */
    public synchronized Font shapingFont() {
        if (shapingFont == null) {
            try {
                shapingFont = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(originalFile()))
                        .deriveFont(1000f);
            } catch (FontFormatException | IOException e) {
                throw new UncheckedIOException(
                        "cannot load font " + source.name() + " for shaping",
                        e instanceof IOException ? (IOException) e : new IOException(e));
            }
        }
        return shapingFont;
    }

    /**
     * Whether the font can shape {@code script}: its GSUB table lists one of the script's OpenType tags, or the
     * script needs no substitutions (Latin, Hebrew, Han …).
     */
    public boolean canShape(Character.UnicodeScript script) {
        java.util.List<String> required = ShapingScripts.requiredTags(script);
        if (required.isEmpty()) {
            return true;
        }
        Set<String> supported = substitutionScripts();
        for (String tag : required) {
            if (supported.contains(tag)) {
                return true;
            }
        }
        return false;
    }

    private synchronized Set<String> substitutionScripts() {
        if (substitutionScripts == null) {
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(originalFile()))) {
                GlyphSubstitutionTable substitutions = font.getGsub();
                substitutionScripts =
                        substitutions == null ? Set.of() : Set.copyOf(substitutions.getSupportedScriptTags());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the substitutions of font " + source.name(), e);
            }
        }
        return substitutionScripts;
    }

    /**
     * The file as layout and embedding read it: with the tables they never use left out of the directory
     * ({@link TableDirectoryPruner}) and only the character map PDFBox reads ({@link CmapPruner}), so that
     * parsing it extracts no substitutions and builds no unused maps. Glyph ids are unchanged.
     */
    synchronized byte[] prunedFile() {
        if (pruned == null) {
            pruned = CmapPruner.prune(TableDirectoryPruner.prune(originalFile()));
        }
        return pruned;
    }

    /** The font file as it was read, with every table: what a browser needs to shape the font's scripts. */
    public byte[] trueType() {
        return originalFile().clone();
    }

    private byte[] originalFile() {
        byte[] bytes = original;
        if (bytes == null) {
            synchronized (this) {
                bytes = original;
                if (bytes == null) {
                    bytes = source.trueType().get();
                    original = bytes;
                }
            }
        }
        return bytes;
    }

    @Override
    public String toString() {
        return source.name();
    }
}
