package dev.brief.pdf.tag;

import dev.brief.pdf.fonts.SubsetFont;
import java.awt.Color;
import java.util.Objects;

/**
 * Remembers the font, size and fill colour a page's content stream has set, so an operator that would set
 * them to what they already are is left out. Both persist across text objects (BT/ET do not reset the graphics
 * state, ISO 32000-1 9.3.1), and nothing changes them behind this tracker's back: the only q/Q pair on the
 * stream is the one around an image, which restores what it saved.
 */
final class GraphicsStateTracker {
    private final ContentStreamWriter writer;
    private final PageResources resources;
    private SubsetFont font;
    private float fontSize = Float.NaN;
    private Color fill;

    GraphicsStateTracker(ContentStreamWriter writer, PageResources resources) {
        this.writer = writer;
        this.resources = resources;
    }

    void font(SubsetFont wanted, float size) {
        if (wanted != font || Float.compare(size, fontSize) != 0) {
            writer.font(resources.font(wanted), size);
            font = wanted;
            fontSize = size;
        }
    }

    void fill(Color wanted) {
        if (!Objects.equals(wanted, fill)) {
            writer.fillColor(wanted);
            fill = wanted;
        }
    }
}
