package dev.brief.html;

import dev.brief.core.house.HouseStyle;
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

    /** Screen and print rules of the print edition. */
    static String printEdition(Brief brief, HouseStyle style) {
        Map<String, String> values = colours(style);
        values.put("PAGE_SIZE", pageSize(style));
        values.put("PAGE_MARGINS", pageMargins(style));
        values.put("RUNNING_TITLE", MarkupWriter.cssString(brief.metadata().runningTitle()));
        values.put("SERIF_STACK", FontFaces.stack(style.serif(), FontFaces.HOUSE_SERIF, SERIF_FALLBACKS));
        values.put("SANS_STACK", FontFaces.stack(style.sans(), FontFaces.HOUSE_SANS, SANS_FALLBACKS));
        return FontFaces.rules(style) + fill("print.css", values);
    }

    /** Rules for an EPUB content document: structure and colour only, so reading-system settings win. */
    static String epub(HouseStyle style) {
        return fill("epub.css", colours(style));
    }

    /** The CSS 2.1 rules Flying Saucer uses to draw the first page, {@code width} pixels wide. */
    static String preview(HouseStyle style, int width, int margin) {
        Map<String, String> values = colours(style);
        values.put("WIDTH", Integer.toString(width));
        values.put("MARGIN", Integer.toString(margin));
        return fill("preview.css", values);
    }

    /** The header comment saying whether the house accent had to be darkened, for the reader of the source. */
    static String accentNote(HouseStyle style) {
        AccentPalette palette = AccentPalette.of(style.accentColor());
        return palette.darkened()
                ? "/* The house accent " + palette.houseAccent() + " is lighter than WCAG 2.2 AA allows for text;"
                        + " it is darkened to " + palette.accent() + " (same hue) for 4.5:1 contrast. */\n"
                : "";
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
