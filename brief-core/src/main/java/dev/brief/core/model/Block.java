package dev.brief.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A block of the body, in source order. The pull quote and the about box are blocks too: logical order is
 * source order, so a writer that sets them aside visually still reads them where the source put them.
 */
public sealed interface Block {

    /** Stable id, unique in the brief. */
    String id();

    <R> R accept(Visitor<R> visitor);

    /** One method per block kind. */
    interface Visitor<R> {
        R paragraph(Paragraph paragraph);

        R list(ListBlock list);

        R quote(Quote quote);

        R figure(Figure figure);

        R table(Table table);

        R pullQuote(PullQuote pullQuote);

        R aboutBox(AboutBox aboutBox);
    }

    record Paragraph(String id, List<Inline> inlines) implements Block {
        public Paragraph {
            Ids.requireId(id);
            inlines = List.copyOf(inlines);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.paragraph(this);
        }
    }

    /** A bulleted ({@code ordered == false}) or numbered list; {@code start} is the first number. */
    record ListBlock(String id, boolean ordered, int start, List<ListItem> items) implements Block {
        public ListBlock {
            Ids.requireId(id);
            items = List.copyOf(items);
            if (items.isEmpty()) {
                throw new IllegalArgumentException("a list needs at least one item");
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.list(this);
        }
    }

    record ListItem(String id, List<Block> blocks) {
        public ListItem {
            Ids.requireId(id);
            blocks = List.copyOf(blocks);
        }
    }

    /** A block quotation; {@code attribution} is the cited source when the source names one. */
    record Quote(String id, List<Block> blocks, Optional<List<Inline>> attribution) implements Block {
        public Quote {
            Ids.requireId(id);
            blocks = List.copyOf(blocks);
            attribution = attribution.map(List::copyOf);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.quote(this);
        }
    }

    /**
     * An image with its text alternative. {@code alt} is empty only for a decorative image
     * ({@code decorative == true}); {@code source} is a path relative to the brief's folder.
     */
    record Figure(String id, String source, String alt, boolean decorative, List<Inline> caption) implements Block {
        public Figure {
            Ids.requireId(id);
            Ids.requireText(source, "figure source");
            Objects.requireNonNull(alt, "alt");
            if (alt.isBlank() && !decorative) {
                throw new IllegalArgumentException("figure " + id + " needs alt text unless decorative");
            }
            caption = List.copyOf(caption);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.figure(this);
        }
    }

    /** A table: header rows first, then body rows; every row has the same number of cells. */
    record Table(String id, List<Inline> caption, List<TableRow> headerRows, List<TableRow> bodyRows) implements Block {
        public Table {
            Ids.requireId(id);
            caption = List.copyOf(caption);
            headerRows = List.copyOf(headerRows);
            bodyRows = List.copyOf(bodyRows);
            int columns = -1;
            for (TableRow row : headerRows) {
                columns = checkColumns(id, columns, row);
            }
            for (TableRow row : bodyRows) {
                columns = checkColumns(id, columns, row);
            }
        }

        private static int checkColumns(String id, int columns, TableRow row) {
            if (columns >= 0 && row.cells().size() != columns) {
                throw new IllegalArgumentException("table " + id + " has rows of different widths");
            }
            return row.cells().size();
        }

        public int columnCount() {
            return headerRows.isEmpty()
                    ? (bodyRows.isEmpty() ? 0 : bodyRows.get(0).cells().size())
                    : headerRows.get(0).cells().size();
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.table(this);
        }
    }

    record TableRow(List<TableCell> cells) {
        public TableRow {
            cells = List.copyOf(cells);
        }
    }

    /** A cell; {@code header} cells in body rows are row headers. */
    record TableCell(List<Inline> inlines, boolean header, Alignment alignment) {
        public TableCell {
            inlines = List.copyOf(inlines);
            Objects.requireNonNull(alignment, "alignment");
        }
    }

    enum Alignment {
        START,
        CENTER,
        END
    }

    /** A short quotation from the brief itself, set large to catch the eye. */
    record PullQuote(String id, List<Inline> inlines, Optional<List<Inline>> attribution) implements Block {
        public PullQuote {
            Ids.requireId(id);
            inlines = List.copyOf(inlines);
            attribution = attribution.map(List::copyOf);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.pullQuote(this);
        }
    }

    /** The "About this brief" sidebar: a titled box of blocks. */
    record AboutBox(String id, List<Inline> title, List<Block> blocks) implements Block {
        public AboutBox {
            Ids.requireId(id);
            title = List.copyOf(title);
            blocks = List.copyOf(blocks);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.aboutBox(this);
        }
    }
}
