package dev.brief.html;

import dev.brief.core.house.BundledFonts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The fonts the web font subsets are cut from, each parsed once per process: fontbox reads every table of a
 * font when it parses it (the layout tables of Source Sans 3 included), which costs more than the subsetting
 * itself, and a warm build or {@code brief:serve} would pay it for every face of every brief. A parsed font
 * reads its glyphs from one shared buffer, so callers use it only while holding its lock.
 */
final class ParsedFonts {
    private static final Map<String, TrueTypeFont> PARSED = new ConcurrentHashMap<>();

    private ParsedFonts() {}

    /** A font bundled in the jar, by its {@link BundledFonts} name. */
    static TrueTypeFont bundled(String name) {
        return PARSED.computeIfAbsent("bundled:" + name, key -> parse(BundledFonts.read(name), name));
    }

    /** A house file, keyed by path, size and time so that a file replaced between builds is read again. */
    static TrueTypeFont file(Path path) {
        try {
            String key = path.toAbsolutePath() + ":" + Files.size(path) + ":" + Files.getLastModifiedTime(path);
            return PARSED.computeIfAbsent(key, ignored -> {
                try {
                    return parse(Files.readAllBytes(path), path.toString());
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read house font " + path, e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read house font " + path, e);
        }
    }

    /** A font read from {@code trueType} the first time {@code key} is asked for, then kept. */
    static TrueTypeFont cached(String key, Supplier<byte[]> trueType, String name) {
        return PARSED.computeIfAbsent(key, unused -> parse(trueType.get(), name));
    }

    static TrueTypeFont parse(byte[] trueType, String name) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(trueType));
        } catch (IOException e) {
            throw new UncheckedIOException("not a TrueType font: " + name, e);
        }
    }
}
