package dev.brief.pdf.layout;

import dev.brief.pdf.fonts.Face;
import java.awt.Color;

/** Face, size, line height and colour of a kind of text. */
record TextStyle(Face face, float size, float leading, Color color) {
    TextStyle withColor(Color other) {
        return new TextStyle(face, size, leading, other);
    }

    TextStyle withFace(Face other) {
        return new TextStyle(other, size, leading, color);
    }
}
