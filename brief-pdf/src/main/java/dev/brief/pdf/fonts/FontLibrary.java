package dev.brief.pdf.fonts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fonts of a house, independent of any PDF document: the {@link Typeface} of each {@link Face}, and for the
 * characters a face's font lacks, the first font of the {@link FallbackFonts} chain that has them (Arabic, Hebrew,
 * Chinese … from the system's fonts). Typefaces are made on first use and then kept; thread-safe, so one library
 * serves briefs built in parallel; {@link #bundled()} is shared by the whole process.
 *
 * <p>Public also for the Maven plugin, which adds the fallback fonts the PDF uses to the web editions.
 */
public final class FontLibrary {
    /** Typefaces by source, across libraries: a system font is read once per process whatever the house. */
    private static final Map<FontSource, Typeface> TYPEFACES = new ConcurrentHashMap<>();

    private static final FontLibrary BUNDLED = new FontLibrary(FontFiles.bundled());
    private static final Map<FontFiles, FontLibrary> SHARED = new ConcurrentHashMap<>();

    private final FontFiles files;
    private final FallbackFonts fallbacks;
    private final Typeface[] primaries = new Typeface[Face.values().length];
    /** The fallback typeface of a face for a script in a language; empty when no font covers the script. */
    private final Map<FallbackKey, Optional<Typeface>> fallbackChoices = new ConcurrentHashMap<>();

    public FontLibrary(FontFiles files) {
        this(files, SystemFallbacks.INSTALLED);
    }

    FontLibrary(FontFiles files, FallbackFonts fallbacks) {
        this.files = files;
        this.fallbacks = fallbacks;
        for (Face face : Face.values()) {
            primaries[face.ordinal()] = typeface(files.source(face));
        }
    }

    /** Source Serif 4 and Source Sans 3 from the jar, with the system's fonts for other scripts. */
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

    /** The face's own typeface: the house's or the bundled font. */
    public Typeface primary(Face face) {
        return primaries[face.ordinal()];
    }

    /** The metrics of a face's own font, read from its file on first use. */
    public FontMetrics metrics(Face face) {
        return primary(face).metrics();
    }

    /**
     * The typeface that draws {@code codePoint} in {@code face}: the face's own font when it has the character,
     * else the first fallback font that has it, or null when none does. The fallback is chosen once per script,
     * so that all the Arabic of a brief is set in one font.
     */
    public Typeface typeface(Face face, int codePoint, String languageTag) {
        Typeface primary = primary(face);
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        if (primary.metrics().covers(codePoint)) {
            // A face's own font that has the letters but cannot shape them is reported, not replaced.
            return primary;
        }
        FallbackKey key = new FallbackKey(face, script, languageTag == null ? "" : languageTag);
        Optional<Typeface> chosen =
                fallbackChoices.computeIfAbsent(key, unused -> choose(face, codePoint, languageTag));
        if (chosen.isPresent() && chosen.get().metrics().covers(codePoint)) {
            return chosen.get();
        }
        // The script's font lacks this one character (a rare ideograph, a symbol): any font of the chain.
        for (FontSource source : fallbacks.chain(codePoint, face, languageTag)) {
            Typeface candidate = typeface(source);
            if (candidate.metrics().covers(codePoint) && candidate.canShape(script)) {
                return candidate;
            }
        }
        return null;
    }

    private Optional<Typeface> choose(Face face, int codePoint, String languageTag) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        for (FontSource source : fallbacks.chain(codePoint, face, languageTag)) {
            Typeface candidate = typeface(source);
            if (candidate.metrics().covers(codePoint) && candidate.canShape(script)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The face's program, for tests that look inside the embedded font. */
    FontProgram program(Face face) {
        return primary(face).program();
    }

    /** The face's font file as the engine parses it (see {@link Typeface#prunedFile()}). */
    byte[] fontFile(Face face) {
        return primary(face).prunedFile();
    }

    /**
     * The characters of {@code text} that no font can draw in {@code face}, in text order, each once per
     * occurrence. Characters that are never drawn (line feeds, soft hyphens, zero-width spaces) are not
     * reported. A caller turns each into a diagnostic at the character's source position instead of letting a
     * blank box reach the page.
     */
    public List<UncoveredCharacter> uncovered(Face face, CharSequence text, String languageTag) {
        FontMetrics faceMetrics = metrics(face);
        List<UncoveredCharacter> missing = new ArrayList<>();
        Character.UnicodeScript unshapeable = null;
        // The fallback that had the last missing character: it usually has the next one too.
        Typeface lastFallback = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = Character.codePointAt(text, i);
            if (FontMetrics.isNotDrawn(codePoint)) {
                i += Character.charCount(codePoint);
                continue;
            }
            if (!faceMetrics.covers(codePoint)
                    && (lastFallback == null || !lastFallback.metrics().covers(codePoint))
                    && (lastFallback = typeface(face, codePoint, languageTag)) == null) {
                missing.add(new UncoveredCharacter(i, codePoint, face, faceMetrics.fontName()));
            } else if (faceMetrics.covers(codePoint) && codePoint >= 0x0590) {
                Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
                // Once per script and text: one diagnostic says what is wrong with the font.
                if (script != unshapeable && !primary(face).canShape(script)) {
                    missing.add(UncoveredCharacter.unshapeable(i, codePoint, face, faceMetrics.fontName()));
                    unshapeable = script;
                }
            }
            i += Character.charCount(codePoint);
        }
        return missing;
    }

    /**
     * The fallback typefaces that draw the characters of {@code text} the face's own font lacks, each with the
     * characters it draws, in the order of their first use: what the HTML and EPUB editions need beside the
     * face's own font to look like the PDF. Characters no font has, and those never drawn, are left out.
     */
    public Map<Typeface, SortedSet<Integer>> fallbacksUsed(Face face, CharSequence text, String languageTag) {
        FontMetrics own = metrics(face);
        Map<Typeface, SortedSet<Integer>> used = new LinkedHashMap<>();
        text.codePoints()
                .filter(codePoint -> !FontMetrics.isNotDrawn(codePoint) && !own.covers(codePoint))
                .forEach(codePoint -> {
                    Typeface typeface = typeface(face, codePoint, languageTag);
                    if (typeface != null) {
                        used.computeIfAbsent(typeface, unused -> new TreeSet<>())
                                .add(codePoint);
                    }
                });
        return used;
    }

    /**
     * The line height that the fonts drawing {@code text} at {@code size} need, in points, when one of them is
     * much taller than the face's own font (ascent more than 1.5 times its ascent: Nastaliq, whose letters
     * climb diagonally above the line), else 0. Then lines spaced for the face's font would overlap; the
     * height is 85 % of the tall font's ascent plus descent, which for Noto Nastaliq Urdu is about 2.1 em,
     * the spacing Urdu typesetting uses.
     */
    public float tallLineHeight(Face face, CharSequence text, String languageTag, float size) {
        FontMetrics own = metrics(face);
        float tallest = 0;
        Typeface last = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = Character.codePointAt(text, i);
            i += Character.charCount(codePoint);
            if (codePoint < 0x0590
                    || own.covers(codePoint)
                    || last != null && last.metrics().covers(codePoint)) {
                continue; // Latin, Greek and Cyrillic fallbacks are never that tall
            }
            last = typeface(face, codePoint, languageTag);
            if (last != null && last.metrics().ascent(size) > 1.5f * own.ascent(size)) {
                tallest = Math.max(
                        tallest,
                        0.85f * (last.metrics().ascent(size) - last.metrics().descent(size)));
            }
        }
        return tallest;
    }

    /** {@link #uncovered(Face, CharSequence, String)} for text in no particular language. */
    public List<UncoveredCharacter> uncovered(Face face, CharSequence text) {
        return uncovered(face, text, null);
    }

    private static Typeface typeface(FontSource source) {
        return TYPEFACES.computeIfAbsent(source, Typeface::new);
    }

    private record FallbackKey(Face face, Character.UnicodeScript script, String languageTag) {}
}
