package dev.brief.pdf.layout;

import dev.brief.pdf.tag.Owner;
import dev.brief.pdf.text.RunDirection;
import java.awt.Color;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Something drawn in a row, positioned from the row's top left corner (y grows downwards). Every mark has an
 * owner: a structure element or an artifact kind.
 */
public sealed interface Mark {

    Owner owner();

    <R> R accept(Visitor<R> visitor);

    /** One method per mark kind. */
    interface Visitor<R> {
        R text(Text text);

        R fill(Fill fill);

        R rule(Rule rule);

        R image(Image image);

        R anchor(Anchor anchor);
    }

    /**
     * Characters on a baseline; {@code run} gives link target, anchor and page-map position (null for labels);
     * {@code direction} is the direction its glyphs run in (a label's from its first strong character).
     */
    record Text(
            Owner owner,
            String text,
            dev.brief.pdf.fonts.Face face,
            float size,
            Color color,
            float x,
            float baseline,
            TextRun run,
            int offset,
            RunDirection direction)
            implements Mark {

        /** A label: its direction is its first strong character's. */
        Text(
                Owner owner,
                String text,
                dev.brief.pdf.fonts.Face face,
                float size,
                Color color,
                float x,
                float baseline,
                TextRun run,
                int offset) {
            this(owner, text, face, size, color, x, baseline, run, offset, RunDirection.FIRST_STRONG);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.text(this);
        }
    }

    record Fill(Owner owner, Color color, float x, float y, float width, float height) implements Mark {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.fill(this);
        }
    }

    record Rule(Owner owner, Color color, float lineWidth, float x1, float y1, float x2, float y2) implements Mark {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.rule(this);
        }
    }

    record Image(Owner owner, PDImageXObject image, float x, float y, float width, float height) implements Mark {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.image(this);
        }
    }

    /** A destination others link to (a heading, a note); draws nothing. */
    record Anchor(Owner owner, String id, float y) implements Mark {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.anchor(this);
        }
    }
}
