package dev.brief.pdf.tag;

import java.awt.Color;
import java.io.IOException;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Remembers the font, size and fill colour a page's content stream has set, so an operator that would set
 * them to what they already are is left out. Both persist across text objects (BT/ET do not reset the graphics
 * state, ISO 32000-1 9.3.1), and nothing changes them behind this tracker's back: the only q/Q pair on the
 * stream is the one around an image, which restores what it saved.
 */
final class GraphicsStateTracker {
    private final PDPageContentStream stream;
    private PDFont font;
    private float fontSize = Float.NaN;
    private Color fill;

    GraphicsStateTracker(PDPageContentStream stream) {
        this.stream = stream;
    }

    void font(PDFont wanted, float size) throws IOException {
        if (wanted != font || Float.compare(size, fontSize) != 0) {
            stream.setFont(wanted, size);
            font = wanted;
            fontSize = size;
        }
    }

    void fill(Color wanted) throws IOException {
        if (!Objects.equals(wanted, fill)) {
            stream.setNonStrokingColor(wanted);
            fill = wanted;
        }
    }
}
