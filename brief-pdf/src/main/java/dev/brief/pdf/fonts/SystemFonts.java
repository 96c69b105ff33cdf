package dev.brief.pdf.fonts;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fonts installed on this machine, for the characters a brief's own fonts lack: found once per
 * process in the system's font folders ({@link #installed()}), or in given folders ({@link #scan}).
 * Only names, styles and character maps are read while scanning; a font's outlines are read when it is
 * used ({@link InstalledFont#readTrueType()}). Immutable and thread-safe.
 *
 * <p>Public for the end-to-end test that embeds a system font it finds through this index.
 */
public final class SystemFonts {
    private final List<InstalledFont> fonts;
    /** The chain order per script, language and style, worked out on first use. */
    private final Map<FallbackOrder.Key, FallbackOrder> orders = new ConcurrentHashMap<>();

    private SystemFonts(List<InstalledFont> fonts) {
        this.fonts = List.copyOf(fonts);
    }

    /** Scanned on first use, then shared by the whole process. */
    private static final class Installed {
        static final SystemFonts FONTS = scan(FontFolders.ofThisSystem());
    }

    /**
     * The fonts in this system's font folders: on Linux ~/.local/share/fonts, ~/.fonts, $XDG_DATA_DIRS/fonts,
     * /usr/local/share/fonts and /usr/share/fonts; on macOS ~/Library/Fonts, /Library/Fonts and
     * /System/Library/Fonts; on Windows the user's and %WINDIR%'s Fonts folders. Scanned once per process.
     */
    public static SystemFonts installed() {
        return Installed.FONTS;
    }

    /** The fonts in these folders and below, in folder order, each folder's files in sorted order. */
    public static SystemFonts scan(List<Path> folders) {
        return new SystemFonts(FontScanner.scan(folders));
    }

    /** These fonts, as if they had been found in this order. */
    public static SystemFonts of(List<InstalledFont> fonts) {
        return new SystemFonts(fonts);
    }

    /** Every font found, the CFF-outlined ones included, in scanning order. */
    public List<InstalledFont> fonts() {
        return fonts;
    }

    /**
     * The fonts to try for {@code codePoint}, best first, one face per family, each of which covers it and
     * can be embedded (TrueType outlines); empty when none can. The order is {@link FallbackOrder}'s: the
     * families known to set the character's script well, with the language deciding for punctuation and
     * for Han characters (Japanese, Korean, Traditional or Simplified Chinese forms), then any other,
     * wanted design first; from each family the face of the wanted slope and the nearest weight. The
     * face may be lighter than asked ({@link InstalledFont#bold()} tells) when a family has no bold.
     *
     * @param languageTag the BCP 47 language of the text, e.g. {@code ar}, {@code ja}, {@code zh-Hant}; may be null
     */
    public List<InstalledFont> chain(int codePoint, String languageTag, boolean serif, boolean bold, boolean italic) {
        FallbackOrder.Key key = FallbackOrder.Key.of(codePoint, languageTag, serif, bold, italic);
        return orders.computeIfAbsent(key, unknown -> FallbackOrder.of(fonts, unknown))
                .chain(codePoint);
    }

    /** The installed fonts that map {@code codePoint}, embeddable or not, in scanning order. */
    public List<InstalledFont> covering(int codePoint) {
        return fonts.stream().filter(font -> font.covers(codePoint)).toList();
    }
}
