package dev.brief.pdf.layout;

import dev.brief.pdf.fonts.Face;
import java.awt.Color;

/**
 * The typographic scale of a brief: a 10.5 pt serif text face on a 14.5 pt line, sans display and furniture,
 * the house accent colour for headings, rules and the summary panel.
 */
final class Typography {
    static final Color INK = new Color(0x1f, 0x23, 0x28);
    static final Color MUTED = new Color(0x55, 0x5b, 0x63);
    static final Color HAIRLINE = new Color(0xb8, 0xbd, 0xc4);
    static final Color WHITE = Color.WHITE;

    final Color accent;
    final Color tint;
    final TextStyle body;
    final TextStyle title;
    final TextStyle subtitle;
    final TextStyle author;
    final TextStyle affiliation;
    final TextStyle masthead;
    final TextStyle mastheadDetail;
    final TextStyle panelHeading;
    final TextStyle panelText;
    final TextStyle pullQuote;
    final TextStyle attribution;
    final TextStyle caption;
    final TextStyle table;
    final TextStyle tableHeader;
    final TextStyle note;
    final TextStyle colophon;
    final TextStyle furniture;

    Typography(Color accent) {
        this.accent = accent;
        this.tint = mix(accent, Color.WHITE, 0.9f);
        body = new TextStyle(Face.SERIF_REGULAR, 10.5f, 14.6f, INK);
        title = new TextStyle(Face.SERIF_BOLD, 25f, 29f, INK);
        subtitle = new TextStyle(Face.SANS_REGULAR, 12.5f, 16.5f, MUTED);
        author = new TextStyle(Face.SANS_BOLD, 9.5f, 12.5f, INK);
        affiliation = new TextStyle(Face.SANS_REGULAR, 8.5f, 11.5f, MUTED);
        masthead = new TextStyle(Face.SANS_BOLD, 10.5f, 13f, WHITE);
        mastheadDetail = new TextStyle(Face.SANS_REGULAR, 9f, 12f, WHITE);
        panelHeading = new TextStyle(Face.SANS_BOLD, 10f, 13.5f, accent);
        panelText = new TextStyle(Face.SANS_REGULAR, 8.6f, 12f, INK);
        pullQuote = new TextStyle(Face.SERIF_ITALIC, 13.5f, 18f, accent);
        attribution = new TextStyle(Face.SANS_REGULAR, 8f, 11f, MUTED);
        caption = new TextStyle(Face.SANS_REGULAR, 8.2f, 11f, MUTED);
        table = new TextStyle(Face.SANS_REGULAR, 8.4f, 11.2f, INK);
        tableHeader = new TextStyle(Face.SANS_BOLD, 8.4f, 11.2f, INK);
        note = new TextStyle(Face.SERIF_REGULAR, 8.4f, 11.2f, INK);
        colophon = new TextStyle(Face.SANS_REGULAR, 7.8f, 10.6f, MUTED);
        furniture = new TextStyle(Face.SANS_REGULAR, 7.5f, 9f, MUTED);
    }

    /** Section headings: level 2 in the accent colour, deeper levels smaller, all in the sans. */
    TextStyle heading(int level) {
        switch (level) {
            case 2:
                return new TextStyle(Face.SANS_BOLD, 13.5f, 17f, accent);
            case 3:
                return new TextStyle(Face.SANS_BOLD, 11f, 14.5f, INK);
            default:
                return new TextStyle(Face.SANS_BOLD_ITALIC, 10.5f, 14f, INK);
        }
    }

    static Color mix(Color a, Color b, float towardsB) {
        return new Color(
                Math.round(a.getRed() + (b.getRed() - a.getRed()) * towardsB),
                Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * towardsB),
                Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * towardsB));
    }
}
