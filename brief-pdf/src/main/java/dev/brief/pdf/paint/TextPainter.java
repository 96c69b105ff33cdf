package dev.brief.pdf.paint;

import dev.brief.pdf.fonts.Face;
import dev.brief.pdf.fonts.FontSet;
import dev.brief.pdf.tag.MarkedContent;
import dev.brief.pdf.text.GlyphLayout;
import dev.brief.pdf.text.GlyphRun;
import dev.brief.pdf.text.RunDirection;
import java.awt.Color;
import java.util.List;

/**
 * Draws a string inside a marked-content handle: as one glyph per character when it is simple, else as the
 * glyph runs of {@link GlyphLayout} (fallback fonts, bidi, shaping). Glyphs whose order or number differ from the
 * characters' are wrapped in an /ActualText span of the string, so the text reads in logical order (PDF/UA-1 7.2).
 */
final class TextPainter {
    private TextPainter() {}

    /** Draws {@code text} with its origin (the left end of its baseline) at (x, y). */
    static void show(
            MarkedContent handle,
            FontSet fonts,
            GlyphLayout layout,
            Face face,
            float size,
            Color color,
            float x,
            float y,
            String text,
            RunDirection direction) {
        if (layout.resolve(text, direction) == RunDirection.LEFT_TO_RIGHT
                && layout.isSimple(face, text, 0, text.length())) {
            handle.text(fonts.font(face), size, color, x, y, text);
            return;
        }
        List<GlyphRun> runs = layout.layOut(face, size, text, direction);
        try (MarkedContent.ActualText span = readsInOrder(runs, text) ? null : handle.actualText(text)) {
            for (GlyphRun run : runs) {
                handle.glyphs(fonts.font(run.typeface()), size, color, x, y, run);
            }
        }
    }

    /** The width of {@code text} as {@link #show} draws it. */
    static float width(GlyphLayout layout, Face face, float size, String text, RunDirection direction) {
        return layout.width(face, size, text, 0, text.length(), direction);
    }

    /** Whether the glyphs, one per character in drawing order, spell the text: then ToUnicode reads it. */
    private static boolean readsInOrder(List<GlyphRun> runs, String text) {
        StringBuilder shown = new StringBuilder(text.length());
        for (GlyphRun run : runs) {
            for (int character : run.characters()) {
                shown.appendCodePoint(character);
            }
        }
        // A mirrored character (a bracket in right-to-left text) is drawn with its mirror's glyph.
        return shown.toString().equals(GlyphLayout.withoutHidden(text))
                && !anyShaped(runs)
                && text.codePoints().noneMatch(Character::isMirrored);
    }

    private static boolean anyShaped(List<GlyphRun> runs) {
        for (GlyphRun run : runs) {
            if (run.shaped()) {
                return true;
            }
        }
        return false;
    }
}
