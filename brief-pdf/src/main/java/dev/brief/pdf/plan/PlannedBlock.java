package dev.brief.pdf.plan;

import dev.brief.core.model.Block;
import dev.brief.pdf.tag.StructureNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A block of the model with the block-level structure elements planned for it, under their parent, in source
 * order. Layout sets the block's text into these elements and adds only inline elements (links, references,
 * spans) inside them.
 */
public sealed interface PlannedBlock {

    <R> R accept(Visitor<R> visitor);

    /** One method per block kind, as {@link Block.Visitor} has. */
    interface Visitor<R> {
        R paragraph(Paragraph paragraph);

        R list(ItemList list);

        R quote(Quote quote);

        R figure(Figure figure);

        R table(Table table);

        R pullQuote(PullQuote pullQuote);

        R aboutBox(AboutBox aboutBox);
    }

    record Paragraph(Block.Paragraph model, StructureNode element) implements PlannedBlock {
        public Paragraph {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(element, "element");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.paragraph(this);
        }
    }

    /** An L with its ListNumbering, and one LI (Lbl, LBody) per item. */
    record ItemList(Block.ListBlock model, StructureNode element, List<Item> items) implements PlannedBlock {
        public ItemList {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(element, "element");
            items = List.copyOf(items);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.list(this);
        }
    }

    /** An LI: its label (the bullet or number) and its body, which holds the item's blocks. */
    record Item(StructureNode element, StructureNode label, StructureNode body, List<PlannedBlock> blocks) {
        public Item {
            Objects.requireNonNull(element, "element");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(body, "body");
            blocks = List.copyOf(blocks);
        }
    }

    /** A BlockQuote holding the quoted blocks, then the attribution's P when there is one. */
    record Quote(
            Block.Quote model, StructureNode element, List<PlannedBlock> blocks, Optional<StructureNode> attribution)
            implements PlannedBlock {
        public Quote {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(element, "element");
            blocks = List.copyOf(blocks);
            Objects.requireNonNull(attribution, "attribution");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.quote(this);
        }
    }

    /**
     * A Div holding the Figure with its alternate text (none for a decorative image, which is an artifact) and
     * the Caption when there is one.
     */
    record Figure(
            Block.Figure model, StructureNode element, Optional<StructureNode> image, Optional<StructureNode> caption)
            implements PlannedBlock {
        public Figure {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(element, "element");
            Objects.requireNonNull(image, "image");
            Objects.requireNonNull(caption, "caption");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.figure(this);
        }
    }

    /** A Table: its Caption, then one TR per header row and per body row. */
    record Table(
            Block.Table model,
            StructureNode element,
            Optional<StructureNode> caption,
            List<TableRow> headerRows,
            List<TableRow> bodyRows)
            implements PlannedBlock {
        public Table {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(element, "element");
            Objects.requireNonNull(caption, "caption");
            headerRows = List.copyOf(headerRows);
            bodyRows = List.copyOf(bodyRows);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.table(this);
        }
    }

    /** A TR and its cells: a TH with its Scope for a header cell, a TD otherwise (PDF/UA-1 7.5). */
    record TableRow(StructureNode element, List<StructureNode> cells) {
        public TableRow {
            Objects.requireNonNull(element, "element");
            cells = List.copyOf(cells);
        }
    }

    /** A PullQuote with the quote's P and the attribution's P when there is one. */
    record PullQuote(
            Block.PullQuote model, StructureNode element, StructureNode text, Optional<StructureNode> attribution)
            implements PlannedBlock {
        public PullQuote {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(element, "element");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(attribution, "attribution");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.pullQuote(this);
        }
    }

    /**
     * An AboutBox with its heading, one level below the section it stands in, and its blocks; {@code level} is
     * that heading level, which the box's own blocks are set at.
     */
    record AboutBox(
            Block.AboutBox model,
            StructureNode element,
            int level,
            Optional<StructureNode> heading,
            List<PlannedBlock> blocks)
            implements PlannedBlock {
        public AboutBox {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(element, "element");
            Objects.requireNonNull(heading, "heading");
            blocks = List.copyOf(blocks);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.aboutBox(this);
        }
    }
}
