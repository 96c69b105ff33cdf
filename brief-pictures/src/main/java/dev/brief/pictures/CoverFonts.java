package dev.brief.pictures;

import dev.brief.core.house.BundledFonts;
import dev.brief.core.house.FontFamily;
import dev.brief.core.house.HouseStyle;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The four faces the cover is set in: the house's TrueType families when it names them, otherwise the fonts
 * bundled in the jar, the same ones the PDF embeds. Type from files, not the system's fonts, so the cover looks
 * like the rest of the brief and gives the same pixels on every machine. Each file is read once per process.
 */
record CoverFonts(Font serifRegular, Font serifBold, Font sansRegular, Font sansBold) {
    private static final Map<String, Font> LOADED = new ConcurrentHashMap<>();

    static CoverFonts of(HouseStyle style) {
        return new CoverFonts(
                face(style.serif(), FontFamily::regular, BundledFonts.SERIF_REGULAR),
                face(style.serif(), FontFamily::bold, BundledFonts.SERIF_BOLD),
                face(style.sans(), FontFamily::regular, BundledFonts.SANS_REGULAR),
                face(style.sans(), FontFamily::bold, BundledFonts.SANS_BOLD));
    }

    /** The logical family standing in for one of the four faces (or a font derived from one). */
    Font fallbackFor(Font face) {
        String name = face.getFontName();
        boolean serif = name.equals(serifRegular.getFontName()) || name.equals(serifBold.getFontName());
        boolean bold = name.equals(serifBold.getFontName()) || name.equals(sansBold.getFontName());
        return new Font(serif ? Font.SERIF : Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1);
    }

    private static Font face(Optional<FontFamily> house, Function<FontFamily, Path> file, String bundled) {
        return house.map(file).map(CoverFonts::file).orElseGet(() -> bundled(bundled));
    }

    private static Font bundled(String name) {
        return LOADED.computeIfAbsent("bundled:" + name, key -> create(BundledFonts.read(name), name));
    }

    /** A house file, keyed by path, size and time so that a file replaced between builds is read again. */
    private static Font file(Path path) {
        try {
            String key = path.toAbsolutePath() + ":" + Files.size(path) + ":" + Files.getLastModifiedTime(path);
            return LOADED.computeIfAbsent(key, ignored -> {
                try {
                    return create(Files.readAllBytes(path), path.toString());
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read house font " + path, e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read house font " + path, e);
        }
    }

    private static Font create(byte[] bytes, String name) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("not a TrueType font: " + name, e);
        }
    }
}
