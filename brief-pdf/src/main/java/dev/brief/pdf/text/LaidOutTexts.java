package dev.brief.pdf.text;

import dev.brief.pdf.fonts.Face;
import dev.brief.pdf.fonts.FontLibrary;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The glyph runs of texts already laid out with one {@link FontLibrary}, by language, face, size, direction and
 * text. Complex text (Arabic, Hebrew, text in fallback fonts) is laid out once to be measured while lines are
 * broken and again to be drawn, and a brief repeats its words; finding the fallback font and bidi level of each
 * character costs more than shaping a cached word, so the whole layout is kept. The runs are immutable and the
 * layout depends on nothing else (the library's fallback choices are fixed), so a kept layout is the layout.
 * Thread-safe, as the library is shared by briefs built in parallel.
 */
final class LaidOutTexts {
    /** One cache per library, gone with the library: the bundled one lives as long as the process. */
    private static final Map<FontLibrary, LaidOutTexts> BY_LIBRARY = Collections.synchronizedMap(new WeakHashMap<>());

    /** Beyond this many texts the cache starts again: a bound on memory for a long catalogue. */
    private static final int LIMIT = 50_000;

    private final Map<Key, List<GlyphRun>> runs = new ConcurrentHashMap<>();

    /** The texts laid out with {@code library}'s fonts, shared by every {@link GlyphLayout} made with it. */
    static LaidOutTexts of(FontLibrary library) {
        return BY_LIBRARY.computeIfAbsent(library, unused -> new LaidOutTexts());
    }

    /** The runs of a text, laid out by {@code layOut} the first time they are asked for. */
    List<GlyphRun> runs(
            String languageTag,
            Face face,
            float size,
            RunDirection direction,
            String text,
            Supplier<List<GlyphRun>> layOut) {
        Key key = new Key(languageTag, face, size, direction, text);
        List<GlyphRun> known = runs.get(key);
        if (known != null) {
            return known;
        }
        if (runs.size() > LIMIT) {
            runs.clear();
        }
        List<GlyphRun> laidOut = List.copyOf(layOut.get());
        runs.put(key, laidOut);
        return laidOut;
    }

    private record Key(String languageTag, Face face, float size, RunDirection direction, String text) {}
}
