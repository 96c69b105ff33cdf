package dev.brief.pdf.layout;

import dev.brief.core.model.Block;
import dev.brief.core.model.PlainText;
import dev.brief.pdf.tag.Artifact;
import dev.brief.pdf.tag.StructureNode;
import dev.brief.pdf.tag.StructureRole;
import dev.brief.pdf.text.Face;
import java.util.ArrayList;
import java.util.List;

/**
 * Tables as Table > (Caption) TR > TH/TD, header cells with a Scope (PDF/UA-1 7.5); header row in bold over
 * an accent rule, hairlines between body rows. Columns share the measure in proportion to their content.
 */
final class TableLayouter {
    private static final float CELL_PADDING = 5;
    /** Wider than any glyph, so that even a table with too many columns can be set (it then overflows). */
    private static final float MINIMUM_CELL_MEASURE = 14;
    private final LayoutContext context;
    private final Frame frame;
    private final List<Row> rows;

    TableLayouter(LayoutContext context, Frame frame, List<Row> rows) {
        this.context = context;
        this.frame = frame;
        this.rows = rows;
    }

    void table(Block.Table table) {
        Typography type = context.typography;
        StructureNode node = frame.parent().add(StructureRole.TABLE);
        if (!table.caption().isEmpty()) {
            StructureNode caption = node.add(StructureRole.CAPTION);
            List<Row> captionRows = context.paragraphs.rows(
                    RunCollector.collect(context.brief, table.caption(), table.id(), type.caption.withFace(Face.SANS_BOLD),
                            caption),
                    type.caption.withFace(Face.SANS_BOLD), frame.width(), false, 12);
            for (Row row : captionRows) {
                row.keepWithNext = true;
            }
            rows.addAll(captionRows);
        }
        float[] widths = columnWidths(table);
        boolean firstRow = table.caption().isEmpty();
        List<Row> repeated = new ArrayList<>();
        for (Block.TableRow row : table.headerRows()) {
            Row set = row(node, table, row, widths, true, firstRow ? 12 : 3);
            set.keepWithNext = true;
            set.add(new Item.Rule(Artifact.RULE, type.accent, 1.2f, 0, set.height, frame.width(), set.height));
            rows.add(set);
            repeated.add(Reowned.row(set, Artifact.REPEATED_TABLE_HEADER));
            firstRow = false;
        }
        for (int r = 0; r < table.bodyRows().size(); r++) {
            Row set = row(node, table, table.bodyRows().get(r), widths, false, firstRow ? 12 : 0);
            set.add(new Item.Rule(Artifact.RULE, Typography.HAIRLINE, 0.5f, 0, set.height, frame.width(), set.height));
            set.repeatedHeader = List.copyOf(repeated);
            rows.add(set);
            firstRow = false;
        }
    }

    private Row row(StructureNode table, Block.Table model, Block.TableRow row, float[] widths, boolean header,
            float spaceBefore) {
        StructureNode tr = table.add(StructureRole.TR);
        List<List<Row>> cells = new ArrayList<>();
        float height = 0;
        for (int c = 0; c < row.cells().size(); c++) {
            Block.TableCell cell = row.cells().get(c);
            boolean headerCell = header || cell.header();
            StructureNode cellNode = tr.add(headerCell ? StructureRole.TH : StructureRole.TD);
            if (headerCell) {
                cellNode.scope(header ? "Column" : "Row");
            }
            TextStyle style = headerCell ? context.typography.tableHeader : context.typography.table;
            List<Row> lines = context.paragraphs.rows(
                    RunCollector.collect(context.brief, cell.inlines(), model.id(), style, cellNode),
                    style, Math.max(MINIMUM_CELL_MEASURE, widths[c] - 2 * CELL_PADDING), false, 0);
            cells.add(lines);
            height = Math.max(height, Row.totalHeight(lines));
        }
        Row set = new Row(height + 2 * CELL_PADDING, spaceBefore);
        float x = 0;
        for (int c = 0; c < cells.size(); c++) {
            float y = CELL_PADDING;
            float inner = widths[c] - 2 * CELL_PADDING;
            Block.Alignment alignment = row.cells().get(c).alignment();
            for (Row line : cells.get(c)) {
                float free = inner - contentWidth(line);
                float align = alignment == Block.Alignment.END ? free
                        : alignment == Block.Alignment.CENTER ? free / 2 : 0;
                for (Item item : line.items) {
                    set.add(Moved.by(item, x + CELL_PADDING + align, y));
                }
                y += line.height;
            }
            x += widths[c];
        }
        return set;
    }

    /** Where the line's last visible character ends. */
    private float contentWidth(Row line) {
        float end = 0;
        for (Item item : line.items) {
            if (item instanceof Item.Text) {
                Item.Text text = (Item.Text) item;
                String visible = text.text().stripTrailing();
                if (!visible.isEmpty()) {
                    end = Math.max(end, text.x() + context.width(text.face(), text.size(), visible));
                }
            }
        }
        return end;
    }

    /** Column widths in proportion to each column's longest cell text, but never below its longest word. */
    private float[] columnWidths(Block.Table table) {
        int columns = table.columnCount();
        float[] natural = new float[columns];
        float[] minimum = new float[columns];
        List<Block.TableRow> all = new ArrayList<>(table.headerRows());
        all.addAll(table.bodyRows());
        TextStyle style = context.typography.tableHeader;
        for (Block.TableRow row : all) {
            for (int c = 0; c < columns; c++) {
                String text = PlainText.of(row.cells().get(c).inlines(), context.brief);
                natural[c] = Math.max(natural[c], context.width(style.face(), style.size(), text));
                for (String word : text.split(" ")) {
                    minimum[c] = Math.max(minimum[c], context.width(style.face(), style.size(), word));
                }
            }
        }
        float available = frame.width();
        float[] widths = new float[columns];
        float total = 0;
        for (int c = 0; c < columns; c++) {
            total += Math.max(natural[c], 1);
        }
        for (int c = 0; c < columns; c++) {
            widths[c] = Math.max(minimum[c] + 2 * CELL_PADDING, available * Math.max(natural[c], 1) / total);
        }
        float sum = 0;
        for (float width : widths) {
            sum += width;
        }
        for (int c = 0; c < columns; c++) {
            widths[c] = widths[c] * available / sum;
        }
        return widths;
    }
}
