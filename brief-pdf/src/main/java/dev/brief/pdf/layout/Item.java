package dev.brief.pdf.layout;

import dev.brief.pdf.text.Face;
import dev.brief.pdf.tag.Owner;
import java.awt.Color;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Something drawn in a row, positioned from the row's top left corner (y grows downwards). Every item has an
 * owner: a structure element or an artifact kind.
 */
sealed interface Item {

    Owner owner();

    /** Characters on a baseline; {@code run} gives link target, anchor and page-map position. */
    record Text(Owner owner, String text, Face face, float size, Color color, float x, float baseline, TextRun run,
            int offset) implements Item {}

    record Fill(Owner owner, Color color, float x, float y, float width, float height) implements Item {}

    record Rule(Owner owner, Color color, float lineWidth, float x1, float y1, float x2, float y2) implements Item {}

    record Image(Owner owner, PDImageXObject image, float x, float y, float width, float height) implements Item {}

    /** A destination others link to (a heading, a note); draws nothing. */
    record Anchor(Owner owner, String id, float y) implements Item {}
}
