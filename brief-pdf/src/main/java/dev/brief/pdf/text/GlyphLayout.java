package dev.brief.pdf.text;

import dev.brief.core.language.TextDirection;
import dev.brief.pdf.fonts.Face;
import dev.brief.pdf.fonts.FontLibrary;
import dev.brief.pdf.fonts.FontMetrics;
import dev.brief.pdf.fonts.Typeface;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a string in one face and size into positioned glyphs, the way browsers do: a font for each character
 * (the face's own, or a fallback for scripts it lacks), runs of one font and one bidi level (UAX #9), each run
 * shaped ({@link Shaper}) when its script needs it or it is right to left, and the runs placed in visual order.
 * Layout measures with {@link #width} and painting draws with {@link #layOut}, which place glyphs the same way,
 * so what is measured is what is drawn. Text that needs none of this (Latin in the face's own font) takes
 * {@link #isSimple} and the one-glyph-per-character path.
 */
public final class GlyphLayout {
    private final FontLibrary fonts;
    private final String languageTag;
    private final RunDirection documentDirection;
    private final CharacterFonts characterFonts;
    /** Looked up once: the map from library to cache is shared by every thread. */
    private final LaidOutTexts laidOutTexts;

    public GlyphLayout(FontLibrary fonts, String languageTag) {
        this.fonts = fonts;
        this.languageTag = languageTag;
        this.documentDirection = RunDirection.of(TextDirection.of(languageTag).isRightToLeft());
        this.characterFonts = new CharacterFonts(fonts, languageTag);
        this.laidOutTexts = LaidOutTexts.of(fonts);
    }

    /**
     * The direction {@code text} runs in: {@code requested}, or for {@link RunDirection#FIRST_STRONG} its first
     * strong character's, and the brief's when it has none (a list number "3." in an Arabic brief reads ".3").
     */
    public RunDirection resolve(String text, RunDirection requested) {
        if (requested != RunDirection.FIRST_STRONG) {
            return requested;
        }
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            switch (Character.getDirectionality(codePoint)) {
                case Character.DIRECTIONALITY_LEFT_TO_RIGHT:
                    return RunDirection.LEFT_TO_RIGHT;
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT:
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC:
                    return RunDirection.RIGHT_TO_LEFT;
                default:
                    break;
            }
            i += Character.charCount(codePoint);
        }
        return documentDirection;
    }

    /**
     * Whether {@code text} in {@code face} is drawn one glyph per character, left to right, in the face's own
     * font: no fallback font, no shaping, no reordering.
     */
    public boolean isSimple(Face face, CharSequence text, int start, int end) {
        FontMetrics metrics = fonts.metrics(face);
        for (int i = start; i < end; ) {
            int codePoint = Character.codePointAt(text, i);
            if (BidiLevels.needsShaping(codePoint)
                    || !metrics.covers(codePoint) && !FontMetrics.isNotDrawn(codePoint)) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }

    /** The width in points of {@code text[start, end)} laid out in {@code face} at {@code size}. */
    public float width(Face face, float size, CharSequence text, int start, int end, RunDirection requested) {
        RunDirection direction = requested == RunDirection.FIRST_STRONG
                ? resolve(text.subSequence(start, end).toString(), requested)
                : requested;
        if (direction == RunDirection.LEFT_TO_RIGHT && isSimple(face, text, start, end)) {
            return fonts.metrics(face).width(text, start, end, size);
        }
        float width = 0;
        for (GlyphRun run : layOut(face, size, text.subSequence(start, end).toString(), direction)) {
            width += run.advance();
        }
        return width;
    }

    /**
     * The glyph runs of {@code text}, left to right, positioned from the text's origin. Characters that are
     * never drawn (soft hyphens, zero-width spaces; see {@link FontMetrics#isNotDrawn}) are left out, except
     * the joiners that shaping reads.
     */
    public List<GlyphRun> layOut(Face face, float size, String text, RunDirection requested) {
        // Measured while lines are broken, then drawn: the second time, and every repeated word, is a look-up.
        return laidOutTexts.runs(
                languageTag, face, size, requested, text, () -> layOutNow(face, size, text, requested));
    }

    private List<GlyphRun> layOutNow(Face face, float size, String text, RunDirection requested) {
        RunDirection direction = resolve(text, requested);
        String drawn = withoutHidden(text);
        List<GlyphRun> runs = new ArrayList<>();
        if (drawn.isEmpty()) {
            return runs;
        }
        Typeface[] typefaces = characterFonts.typefaces(face, drawn);
        byte[] levels = BidiLevels.of(drawn, direction);
        List<Segment> segments = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= drawn.length(); i++) {
            if (i == drawn.length() || typefaces[i] != typefaces[start] || levels[i] != levels[start]) {
                segments.add(new Segment(start, i, levels[start], typefaces[start]));
                start = i;
            }
        }
        Segment[] visual = segments.toArray(new Segment[0]);
        if (visual.length > 1) {
            byte[] segmentLevels = new byte[visual.length];
            for (int s = 0; s < visual.length; s++) {
                segmentLevels[s] = visual[s].level;
            }
            Bidi.reorderVisually(segmentLevels, 0, visual, 0, visual.length);
        }
        float x = 0;
        for (Segment segment : visual) {
            GlyphRun run = glyphs(segment, drawn, size, x);
            runs.add(run);
            x += run.advance();
        }
        return runs;
    }

    private GlyphRun glyphs(Segment segment, String text, float size, float origin) {
        String part = text.substring(segment.start, segment.end);
        boolean rightToLeft = (segment.level & 1) != 0;
        float scale = size / 1000f;
        Typeface typeface = segment.typeface;
        if (!rightToLeft && !BidiLevels.anyNeedsShaping(part)) {
            FontMetrics metrics = typeface.metrics();
            int count = part.codePointCount(0, part.length());
            int[] glyphs = new int[count];
            int[] characters = new int[count];
            float[] x = new float[count];
            float[] y = new float[count];
            float pen = 0;
            int g = 0;
            for (int i = 0; i < part.length(); g++) {
                int codePoint = part.codePointAt(i);
                glyphs[g] = typeface.glyphId(codePoint);
                characters[g] = codePoint;
                x[g] = origin + pen;
                pen += metrics.advance(codePoint) * scale;
                i += Character.charCount(codePoint);
            }
            return new GlyphRun(typeface, glyphs, x, y, characters, pen, false);
        }
        Shaper.Shaped shaped = Shaper.shape(typeface, part, rightToLeft);
        int count = shaped.glyphs().length;
        float[] x = new float[count];
        float[] y = new float[count];
        int[] characters = new int[count];
        for (int g = 0; g < count; g++) {
            x[g] = origin + shaped.x()[g] * scale;
            y[g] = shaped.y()[g] * scale;
            characters[g] = part.codePointAt(shaped.characters()[g]);
        }
        return new GlyphRun(typeface, shaped.glyphs(), x, y, characters, shaped.advance() * scale, true);
    }

    /** The text without the characters that are never drawn, except joiners (shaping reads those). */
    public static String withoutHidden(String text) {
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            boolean hidden = FontMetrics.isNotDrawn(codePoint) && codePoint != 0x200C && codePoint != 0x200D;
            if (hidden && kept == null) {
                kept = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!hidden && kept != null) {
                kept.appendCodePoint(codePoint);
            }
            i += Character.charCount(codePoint);
        }
        return kept == null ? text : kept.toString();
    }

    /** The typeface of each character of {@code text} in {@code face} (see {@link CharacterFonts}). */
    Typeface[] typefaces(Face face, String text) {
        return characterFonts.typefaces(face, text);
    }

    private record Segment(int start, int end, byte level, Typeface typeface) {}
}
