package dev.brief.core.read;

import dev.brief.core.model.Block;
import dev.brief.core.model.Inline;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/** Reads a GFM table and its caption: a paragraph starting with {@code Table:} right after it. */
final class TableConverter {
    private final Conversion conversion;

    TableConverter(Conversion conversion) {
        this.conversion = conversion;
    }

    Block table(TableBlock table, Optional<Paragraph> captionParagraph, boolean inNote) {
        String id = conversion.identify("table", table);
        List<Block.TableRow> header = new ArrayList<>();
        List<Block.TableRow> body = new ArrayList<>();
        int columns = 0;
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            List<Block.TableRow> rows = part instanceof TableHead ? header : body;
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                List<Block.TableCell> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    cells.add(cell((TableCell) cell, part instanceof TableHead, inNote));
                }
                columns = Math.max(columns, cells.size());
                rows.add(new Block.TableRow(cells));
            }
            if (!(part instanceof TableHead) && !(part instanceof TableBody)) {
                conversion.error(
                        part,
                        "unexpected part of a table",
                        "write a GFM table: a header row," + " a delimiter row, then body rows");
            }
        }
        List<Inline> caption = captionParagraph.map(p -> caption(p, inNote)).orElse(List.of());
        if (captionParagraph.isEmpty()) {
            conversion.warning(
                    table,
                    "the table has no caption",
                    "add a paragraph `Table: what the table shows` after it, separated by an empty line");
        }
        return new Block.Table(id, caption, pad(header, columns), pad(body, columns));
    }

    private Block.TableCell cell(TableCell cell, boolean header, boolean inNote) {
        Block.Alignment alignment = Block.Alignment.START;
        if (cell.getAlignment() == TableCell.Alignment.CENTER) {
            alignment = Block.Alignment.CENTER;
        } else if (cell.getAlignment() == TableCell.Alignment.RIGHT) {
            alignment = Block.Alignment.END;
        }
        return new Block.TableCell(conversion.inlines().children(cell, inNote), header, alignment);
    }

    private List<Inline> caption(Paragraph paragraph, boolean inNote) {
        List<Inline> inlines = new ArrayList<>(conversion.inlines().children(paragraph, inNote));
        String first = ((Inline.Text) inlines.get(0))
                .text()
                .substring(BlockConverter.TABLE_CAPTION.length())
                .strip();
        if (first.isEmpty()) {
            inlines.remove(0);
        } else {
            inlines.set(0, new Inline.Text(first));
        }
        return inlines;
    }

    /** Short rows get empty cells, so every row has the table's width (GFM allows ragged rows). */
    private static List<Block.TableRow> pad(List<Block.TableRow> rows, int columns) {
        List<Block.TableRow> padded = new ArrayList<>();
        for (Block.TableRow row : rows) {
            List<Block.TableCell> cells = new ArrayList<>(row.cells());
            boolean header = !cells.isEmpty() && cells.get(0).header();
            while (cells.size() < columns) {
                cells.add(new Block.TableCell(List.of(), header, Block.Alignment.START));
            }
            padded.add(new Block.TableRow(cells));
        }
        return padded;
    }
}
