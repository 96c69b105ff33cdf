package dev.brief.html;

import dev.brief.core.fonts.EditionFonts;
import dev.brief.core.house.AccentPalette;
import dev.brief.core.house.HouseStyle;
import dev.brief.core.language.TextDirection;
import dev.brief.core.model.Brief;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The style sheets, filled in from the house style. Values are our own (validated colours, page sizes) except
 * the running title, which enters only as a CSS string literal quoted by {@link MarkupWriter#cssString}.
 */
final class StyleSheets {
    private static final String SERIF_FALLBACKS =
            "\"Source Serif 4\", \"Source Serif Pro\", Georgia, Cambria, \"Times New Roman\", serif";
    private static final String SANS_FALLBACKS =
            "\"Source Sans 3\", \"Source Sans Pro\", \"Helvetica Neue\", Arial, sans-serif";

    private StyleSheets() {}

    /**
     * Screen and print rules of the print edition, the edition fonts embedded. The rules use logical
     * properties, so a right-to-left brief mirrors by its {@code dir} alone; only the {@code @page} margin
     * boxes, which CSS names by physical side, are chosen here by the brief's direction.
     */
    static String printEdition(Brief brief, HtmlOptions options) {
        EditionFonts fonts = options.fonts();
        Map<String, String> values = colours(options.style());
        values.putAll(darkColours(options.style()));
        boolean rightToLeft = TextDirection.of(brief.metadata().language()).isRightToLeft();
        values.put("PAGE_SIZE", pageSize(options.style()));
        values.put("PAGE_MARGINS", pageMargins(options.style()));
        values.put("RUNNING_HEAD_BOX", rightToLeft ? "top-right" : "top-left");
        values.put("PAGE_NUMBER_BOX", rightToLeft ? "bottom-left" : "bottom-right");
        values.put("RUNNING_TITLE", MarkupWriter.cssString(brief.metadata().runningTitle()));
        values.put("SERIF_STACK", FontFaces.stack(fonts.serifFamilies(), SERIF_FALLBACKS));
        values.put("SANS_STACK", FontFaces.stack(fonts.sansFamilies(), SANS_FALLBACKS));
        return FontFaces.embedded(fonts) + fill("print.css", values);
    }

    /**
     * Rules for an EPUB content document: structure and colour, and the edition fonts when there are any
     * (reading systems let the reader's own font choice win over them).
     */
    static String epub(HtmlOptions options) {
        Map<String, String> values = colours(options.style());
        values.putAll(darkColours(options.style()));
        String css = fill("epub.css", values);
        EditionFonts fonts = options.fonts();
        if (fonts.isEmpty()) {
            return css;
        }
        return FontFaces.packaged(fonts) + css + "\nbody { font-family: "
                + FontFaces.stack(fonts.serifFamilies(), SERIF_FALLBACKS) + "; }\n"
                + "h1, h2, h3, h4, h5, h6, .series, .authors, caption, figcaption, .attribution, th { font-family: "
                + FontFaces.stack(fonts.sansFamilies(), SANS_FALLBACKS) + "; }";
    }

    /** The CSS 2.1 rules Flying Saucer uses to draw the first page, {@code width} pixels wide. */
    static String preview(HouseStyle style, int width, int margin) {
        Map<String, String> values = colours(style);
        values.put("WIDTH", Integer.toString(width));
        values.put("MARGIN", Integer.toString(margin));
        return fill("preview.css", values);
    }

    /**
     * The header comment saying whether the house accent had to be darkened (for white paper) or lightened (for
     * the dark scheme), for the reader of the source.
     */
    static String accentNote(HouseStyle style) {
        AccentPalette light = AccentPalette.of(style.accentColor());
        AccentPalette dark = AccentPalette.onDarkPage(style.accentColor());
        StringBuilder note = new StringBuilder();
        if (light.darkened()) {
            note.append("/* The house accent ")
                    .append(light.houseAccent())
                    .append(" is lighter than WCAG 2.2 AA allows for text;")
                    .append(" it is darkened to ")
                    .append(light.accent())
                    .append(" (same hue) for 4.5:1 contrast. */\n");
        }
        if (dark.lightened()) {
            note.append("/* On a dark page the house accent ")
                    .append(dark.houseAccent())
                    .append(" is lightened to ")
                    .append(dark.accent())
                    .append(" (same hue) for 4.5:1 contrast. */\n");
        }
        return note.toString();
    }

    static Map<String, String> colours(HouseStyle style) {
        AccentPalette palette = AccentPalette.of(style.accentColor());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("ACCENT", palette.accent());
        values.put("TINT", palette.tint());
        values.put("TEXT", AccentPalette.TEXT);
        values.put("MUTED", AccentPalette.MUTED_TEXT);
        return values;
    }

    /** The colours of the dark scheme ({@code prefers-color-scheme: dark}), the accent lightened if need be. */
    static Map<String, String> darkColours(HouseStyle style) {
        AccentPalette palette = AccentPalette.onDarkPage(style.accentColor());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("DARK_PAPER", palette.paper());
        values.put("DARK_ACCENT", palette.accent());
        values.put("DARK_TINT", palette.tint());
        values.put("DARK_TEXT", AccentPalette.DARK_TEXT);
        values.put("DARK_MUTED", AccentPalette.DARK_MUTED_TEXT);
        return values;
    }

    /** The CSS {@code @page} size keyword for the house page size. */
    static String pageSize(HouseStyle style) {
        return switch (style.pageSize().name()) {
            case "LETTER" -> "letter";
            case "A4" -> "A4";
            default -> throw new IllegalArgumentException("no CSS page size for " + style.pageSize());
        };
    }

    /** Top, sides and bottom: room for the running head and the page number. */
    private static String pageMargins(HouseStyle style) {
        return style.pageSize().name().equals("LETTER") ? "0.8in 0.75in 0.85in" : "20mm 18mm 22mm";
    }

    private static String fill(String resource, Map<String, String> values) {
        String css = read(resource);
        for (Map.Entry<String, String> value : values.entrySet()) {
            String placeholder = "@" + value.getKey() + "@";
            if (!css.contains(placeholder)) {
                throw new IllegalStateException(resource + " has no " + placeholder);
            }
            css = css.replace(placeholder, value.getValue());
        }
        if (css.matches("(?s).*@[A-Z_]+@.*")) {
            throw new IllegalStateException(resource + " has a placeholder without a value");
        }
        return css;
    }

    static String read(String resource) {
        try (InputStream in = StyleSheets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
