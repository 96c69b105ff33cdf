package dev.brief.pdf.layout;

import dev.brief.core.model.Block;
import dev.brief.core.model.PlainText;
import dev.brief.pdf.fonts.Face;
import dev.brief.pdf.plan.PlannedBlock;
import dev.brief.pdf.tag.Artifact;
import dev.brief.pdf.tag.StructureNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Tables as Table > (Caption) TR > TH/TD, header cells with a Scope (PDF/UA-1 7.5); header row in bold over
 * an accent rule, hairlines between body rows. Columns share the measure in proportion to their content. A
 * row taller than a page breaks between lines and continues under the repeated header. In a right-to-left brief
 * the first column is at the right and a cell's start alignment is flush right; only positions change, the
 * cells are still planned and drawn in source order, so the structure tree reads them in that order.
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

    void table(PlannedBlock.Table planned) {
        Block.Table table = planned.model();
        Typography type = context.typography;
        if (planned.caption().isPresent()) {
            StructureNode caption = planned.caption().get();
            List<Row> captionRows = context.paragraphs.rows(
                    RunCollector.collect(
                            context.brief, table.caption(), table.id(), type.caption.withFace(Face.SANS_BOLD), caption),
                    type.caption.withFace(Face.SANS_BOLD),
                    frame.width(),
                    false,
                    12);
            for (Row row : captionRows) {
                row.keepWithNext = true;
            }
            rows.addAll(captionRows);
        }
        float[] widths = columnWidths(table);
        float columnHeight = context.geometry.bottom() - context.geometry.top();
        boolean firstRow = table.caption().isEmpty();
        List<Row> repeated = new ArrayList<>();
        for (int r = 0; r < table.headerRows().size(); r++) {
            List<Row> bands = row(
                    planned.headerRows().get(r),
                    table,
                    table.headerRows().get(r),
                    widths,
                    true,
                    firstRow ? 12 : 3,
                    columnHeight);
            Row last = bands.get(bands.size() - 1);
            last.keepWithNext = true;
            last.add(new Mark.Rule(Artifact.RULE, type.accent, 1.2f, 0, last.height, frame.width(), last.height));
            rows.addAll(bands);
            for (Row band : bands) {
                repeated.add(OwnerTransfer.row(band, Artifact.REPEATED_TABLE_HEADER));
            }
            firstRow = false;
        }
        if (Row.totalHeight(repeated) > columnHeight / 4) {
            repeated.clear(); // a header this tall would crowd out the rows it labels on every page
        }
        float bodyRoom = columnHeight - Row.totalHeight(repeated);
        for (int r = 0; r < table.bodyRows().size(); r++) {
            List<Row> bands = row(
                    planned.bodyRows().get(r),
                    table,
                    table.bodyRows().get(r),
                    widths,
                    false,
                    firstRow ? 12 : 0,
                    bodyRoom);
            Row last = bands.get(bands.size() - 1);
            last.add(new Mark.Rule(
                    Artifact.RULE, Typography.HAIRLINE, 0.5f, 0, last.height, frame.width(), last.height));
            for (Row band : bands) {
                band.repeatedHeader = List.copyOf(repeated);
            }
            rows.addAll(bands);
            firstRow = false;
        }
    }

    /**
     * One TR with its cells, as one row, or as bands between lines when it is taller than {@code room}, the
     * height it has on an otherwise empty page (see {@link RowBands}).
     */
    private List<Row> row(
            PlannedBlock.TableRow planned,
            Block.Table model,
            Block.TableRow row,
            float[] widths,
            boolean header,
            float spaceBefore,
            float room) {
        List<List<Row>> cells = new ArrayList<>();
        float height = 0;
        for (int c = 0; c < row.cells().size(); c++) {
            Block.TableCell cell = row.cells().get(c);
            boolean headerCell = header || cell.header();
            StructureNode cellNode = planned.cells().get(c);
            TextStyle style = headerCell ? context.typography.tableHeader : context.typography.table;
            List<Row> lines = context.paragraphs.rows(
                    RunCollector.collect(context.brief, cell.inlines(), model.id(), style, cellNode),
                    style,
                    Math.max(MINIMUM_CELL_MEASURE, widths[c] - 2 * CELL_PADDING),
                    false,
                    0);
            cells.add(lines);
            height = Math.max(height, Row.totalHeight(lines));
        }
        List<RowBands.PlacedLine> placed = new ArrayList<>();
        float fromStart = 0;
        for (int c = 0; c < cells.size(); c++) {
            float y = CELL_PADDING;
            float inner = widths[c] - 2 * CELL_PADDING;
            float cellX = context.mirror.x(fromStart, widths[c], frame.width()) + CELL_PADDING;
            Block.Alignment alignment = row.cells().get(c).alignment();
            for (Row line : cells.get(c)) {
                placed.add(new RowBands.PlacedLine(line, cellX + aligned(line, alignment, inner), y));
                y += line.height;
            }
            fromStart += widths[c];
        }
        float rowHeight = height + 2 * CELL_PADDING;
        return rowHeight <= room
                ? List.of(RowBands.whole(placed, rowHeight, spaceBefore))
                : RowBands.betweenLines(placed, rowHeight, spaceBefore);
    }

    /**
     * How far to move a line of a cell {@code inner} wide so that its visible text is at the start, centre or
     * end: the start is the left of a left-to-right brief and the right of a right-to-left one. Measured from
     * the text the line holds, so the line may come from the setter flush left or flush right.
     */
    private float aligned(Row line, Block.Alignment alignment, float inner) {
        float left = Float.POSITIVE_INFINITY;
        float right = 0;
        for (Mark mark : line.marks) {
            if (mark instanceof Mark.Text) {
                Mark.Text text = (Mark.Text) mark;
                String visible = text.text().stripTrailing();
                if (!visible.isEmpty()) {
                    left = Math.min(left, text.x());
                    right = Math.max(right, text.x() + context.width(text.face(), text.size(), visible));
                }
            }
        }
        if (left > right) {
            return 0; // an empty cell
        }
        float width = right - left;
        float free = inner - width;
        float fromStart = alignment == Block.Alignment.END ? free : alignment == Block.Alignment.CENTER ? free / 2 : 0;
        return context.mirror.x(fromStart, width, inner) - left;
    }

    /**
     * Column widths in proportion to each column's longest cell text, but never below its longest word unless
     * the longest words alone are wider than the measure.
     */
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
        float slack = 0;
        for (int c = 0; c < columns; c++) {
            sum += widths[c];
            slack += widths[c] - (minimum[c] + 2 * CELL_PADDING);
        }
        if (sum > available && slack >= sum - available) {
            // Too wide: narrow only the columns wider than their longest word, so no word is cut.
            float excess = sum - available;
            for (int c = 0; c < columns; c++) {
                widths[c] -= (widths[c] - (minimum[c] + 2 * CELL_PADDING)) * excess / slack;
            }
            return widths;
        }
        for (int c = 0; c < columns; c++) {
            widths[c] = widths[c] * available / sum;
        }
        return widths;
    }
}
