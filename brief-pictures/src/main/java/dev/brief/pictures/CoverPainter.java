package dev.brief.pictures;

import dev.brief.core.house.AccentPalette;
import dev.brief.core.house.HouseStyle;
import dev.brief.core.model.Author;
import dev.brief.core.model.Brief;
import dev.brief.core.model.Metadata;
import java.awt.Color;
import java.awt.Font;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Composes the EPUB cover as marks for Java2D to paint ({@link CoverScene}): an accent band with the series and
 * the title, a tinted rule, then the subtitle and the authors, and the publisher above a rule at the foot. A
 * cover is five blocks of wrapped text on flat colour, so it is drawn directly rather than laid out as a
 * document; that takes a few milliseconds where an XHTML renderer took several times as long. Lines are broken
 * by {@link LineBreakMeasurer} (Unicode line breaking, bidirectional text and complex scripts included).
 *
 * <p>Measures are in pixels of a cover {@value #DESIGN_WIDTH} pixels wide and scale with the width asked for.
 * Type is the house's, or the bundled faces the PDF also uses ({@link CoverFonts}); a character they lack is
 * drawn in the JRE's logical family of the same kind rather than as a box. Text is measured and painted with
 * fixed rendering hints ({@link CoverScene#HINTS}), so the same brief gives the same pixels on every run.
 */
final class CoverPainter {
    static final int DESIGN_WIDTH = 1600;

    private static final int MARGIN = 120;
    private static final int BAND_PADDING_TOP = 140;
    private static final int BAND_PADDING_BOTTOM = 80;
    private static final int SERIES_SIZE = 44;
    private static final float SERIES_LETTER_SPACING = 4;
    private static final int SERIES_GAP = 60;
    private static final float TITLE_LINE_HEIGHT = 1.13f;
    private static final int RULE_UNDER_BAND = 24;
    private static final int BELOW_PADDING_TOP = 100;
    private static final int SUBTITLE_SIZE = 68;
    private static final int SUBTITLE_LINE_HEIGHT = 86;
    private static final int SUBTITLE_GAP = 80;
    private static final int AUTHORS_SIZE = 52;
    private static final int AUTHORS_LINE_HEIGHT = 70;
    private static final int PUBLISHER_SIZE = 52;
    private static final int PUBLISHER_BOTTOM = 120;
    private static final int PUBLISHER_RULE = 6;
    private static final int PUBLISHER_PADDING_TOP = 40;

    private final CoverFonts fonts;
    private final float scale;
    private final int width;
    private final List<CoverScene.Mark> marks = new ArrayList<>();

    private CoverPainter(CoverFonts fonts, int width) {
        this.fonts = fonts;
        this.width = width;
        this.scale = width / (float) DESIGN_WIDTH;
    }

    /** The cover of {@code brief}, {@code width} by {@code height} pixels. */
    static CoverScene compose(Brief brief, HouseStyle style, int width, int height) {
        CoverPainter painter = new CoverPainter(CoverFonts.of(style), width);
        painter.cover(brief, style, height);
        return new CoverScene(width, height, painter.marks);
    }

    private void cover(Brief brief, HouseStyle style, int height) {
        AccentPalette palette = AccentPalette.of(style.accentColor());
        Metadata metadata = brief.metadata();
        Locale locale = Locale.forLanguageTag(metadata.language());

        List<Line> band = new ArrayList<>();
        String series = metadata.seriesLine();
        float y = px(BAND_PADDING_TOP);
        if (!series.isEmpty()) {
            Font sans = fonts.sansRegular().deriveFont(px(SERIES_SIZE));
            y = wrap(
                    series.toUpperCase(locale),
                    sans.deriveFont(Map.of(TextAttribute.TRACKING, SERIES_LETTER_SPACING / SERIES_SIZE)),
                    Float.NaN,
                    y,
                    band);
            y += px(SERIES_GAP);
        }
        float titleSize = px(titleSize(metadata.title()));
        y = wrap(metadata.title(), fonts.serifBold().deriveFont(titleSize), titleSize * TITLE_LINE_HEIGHT, y, band);
        float bandBottom = Math.max(y + px(BAND_PADDING_BOTTOM), height * 0.45f);
        int bandEdge = Math.round(bandBottom);
        fill(Color.decode(palette.accent()), 0, 0, width, bandEdge);
        draw(band, Color.WHITE);

        int ruleEdge = bandEdge + Math.round(px(RULE_UNDER_BAND));
        fill(Color.decode(palette.tint()), 0, bandEdge, width, ruleEdge - bandEdge);
        fill(Color.decode(AccentPalette.PAPER), 0, ruleEdge, width, height - ruleEdge);
        List<Line> below = new ArrayList<>();
        y = ruleEdge + px(BELOW_PADDING_TOP);
        if (metadata.subtitle().isPresent()) {
            y = wrap(
                    metadata.subtitle().get(),
                    fonts.serifRegular().deriveFont(px(SUBTITLE_SIZE)),
                    px(SUBTITLE_LINE_HEIGHT),
                    y,
                    below);
            y += px(SUBTITLE_GAP);
        }
        draw(below, Color.decode(AccentPalette.TEXT));
        below.clear();
        List<String> names = metadata.authors().stream().map(Author::name).toList();
        if (!names.isEmpty()) {
            wrap(
                    String.join(", ", names),
                    fonts.sansRegular().deriveFont(px(AUTHORS_SIZE)),
                    px(AUTHORS_LINE_HEIGHT),
                    y,
                    below);
            draw(below, Color.decode(AccentPalette.MUTED_TEXT));
        }
        brief.publisher().ifPresent(publisher -> publisher(publisher.name(), palette, height));
    }

    /**
     * Smaller type for longer titles, so that a long title still fits the band in a few lines instead of
     * pushing the rest of the cover off the page.
     */
    static int titleSize(String title) {
        int length = title.codePointCount(0, title.length());
        return length <= 32 ? 124 : length <= 64 ? 104 : length <= 128 ? 84 : 68;
    }

    /** The publisher's name pinned to the foot of the cover, under a rule in the accent colour. */
    private void publisher(String name, AccentPalette palette, int height) {
        Font bold = fonts.sansBold().deriveFont(px(PUBLISHER_SIZE));
        List<Line> lines = new ArrayList<>();
        float textHeight = wrap(name, bold, Float.NaN, 0, lines);
        float top = height - px(PUBLISHER_BOTTOM) - textHeight;
        Color accent = Color.decode(palette.accent());
        fill(
                accent,
                Math.round(px(MARGIN)),
                Math.round(top - px(PUBLISHER_PADDING_TOP) - px(PUBLISHER_RULE)),
                Math.round(width - 2 * px(MARGIN)),
                Math.round(px(PUBLISHER_RULE)));
        List<Line> placed = lines.stream().map(line -> line.shiftedBy(top)).toList();
        draw(placed, accent);
    }

    /**
     * Breaks {@code text} into lines the width of the text column, each {@code lineHeight} high (NaN: the
     * font's own line spacing) with the glyphs centred in it as CSS does, from {@code top} down; adds them to
     * {@code lines} and returns the bottom of the last.
     */
    private float wrap(String text, Font font, float lineHeight, float top, List<Line> lines) {
        if (text.isEmpty()) {
            return top;
        }
        AttributedString attributed = withFallback(text, font, fonts.fallbackFor(font));
        LineBreakMeasurer measurer = new LineBreakMeasurer(attributed.getIterator(), CoverScene.TEXT_CONTEXT);
        float column = width - 2 * px(MARGIN);
        float y = top;
        while (measurer.getPosition() < text.length()) {
            TextLayout layout = measurer.nextLayout(column);
            float glyphs = layout.getAscent() + layout.getDescent();
            float height = Float.isNaN(lineHeight) ? glyphs + layout.getLeading() : lineHeight;
            float baseline = y + (height - glyphs) / 2 + layout.getAscent();
            float x = layout.isLeftToRight() ? px(MARGIN) : width - px(MARGIN) - layout.getAdvance();
            lines.add(new Line(layout, x, baseline));
            y += height;
        }
        return y;
    }

    /**
     * The text in {@code font}, but for the characters it lacks, which get {@code fallback} (a logical family
     * of the same kind and weight, {@link CoverFonts#fallbackFor}, drawing them from whatever system font has
     * them) at the same size and tracking.
     */
    static AttributedString withFallback(String text, Font font, Font fallback) {
        AttributedString attributed = new AttributedString(text);
        attributed.addAttribute(TextAttribute.FONT, font);
        int from = font.canDisplayUpTo(text);
        if (from < 0) {
            return attributed;
        }
        Font standIn = fallback.deriveFont(font.getSize2D());
        Object tracking = font.getAttributes().get(TextAttribute.TRACKING);
        if (tracking != null) {
            standIn = standIn.deriveFont(Map.of(TextAttribute.TRACKING, tracking));
        }
        while (from >= 0) {
            int to = from;
            while (to < text.length() && !font.canDisplay(text.codePointAt(to))) {
                to += Character.charCount(text.codePointAt(to));
            }
            attributed.addAttribute(TextAttribute.FONT, standIn, from, to);
            int next = to < text.length() ? font.canDisplayUpTo(text.substring(to)) : -1;
            from = next < 0 ? -1 : to + next;
        }
        return attributed;
    }

    private void draw(List<Line> lines, Color colour) {
        for (Line line : lines) {
            marks.add(CoverScene.Text.of(line.layout(), line.x(), line.baseline(), colour));
        }
    }

    private void fill(Color colour, int x, int y, int w, int h) {
        marks.add(new CoverScene.Fill(colour, x, y, w, h));
    }

    private float px(float designPixels) {
        return designPixels * scale;
    }

    /** One line of text placed on the cover. */
    private record Line(TextLayout layout, float x, float baseline) {
        Line shiftedBy(float dy) {
            return new Line(layout, x, baseline + dy);
        }
    }
}
