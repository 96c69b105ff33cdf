package dev.brief.html;

import dev.brief.core.model.Block;
import java.util.List;

/**
 * Writes a table: caption first (its accessible name), header cells with {@code scope} so each data cell is
 * announced with its column and row headers.
 */
final class TableRenderer {
    private final RenderContext context;
    private final MarkupWriter writer;
    private final InlineRenderer inlines;

    TableRenderer(RenderContext context, InlineRenderer inlines) {
        this.context = context;
        this.writer = context.writer();
        this.inlines = inlines;
    }

    void table(Block.Table table) {
        // A page can only begin at a table as a whole (offset 0): the marker goes just before it.
        context.pageMarkers().writeLeading(table.id(), writer);
        boolean captioned = !table.caption().isEmpty();
        String captionId = RenderContext.headingId(table.id());
        // A wide table scrolls on a phone; a scrolling region must be reachable by keyboard and named.
        writer.start(
                        "div",
                        "class",
                        "table-scroll",
                        "role",
                        captioned ? "region" : null,
                        "aria-labelledby",
                        captioned ? captionId : null,
                        "tabindex",
                        captioned ? "0" : null)
                .newline();
        writer.start("table", "id", table.id()).newline();
        if (captioned) {
            writer.start("caption", "id", captionId);
            inlines.render(table.caption());
            writer.end("caption").newline();
        }
        if (!table.headerRows().isEmpty()) {
            writer.start("thead").newline();
            rows(table.headerRows(), true);
            writer.end("thead").newline();
        }
        writer.start("tbody").newline();
        rows(table.bodyRows(), false);
        writer.end("tbody").newline();
        writer.end("table").newline();
        writer.end("div").newline();
    }

    private void rows(List<Block.TableRow> rows, boolean headerRows) {
        for (Block.TableRow row : rows) {
            writer.start("tr");
            for (Block.TableCell cell : row.cells()) {
                boolean header = headerRows || cell.header();
                String name = header ? "th" : "td";
                writer.start(
                        name,
                        "scope",
                        header ? (headerRows ? "col" : "row") : null,
                        "class",
                        alignment(cell.alignment()));
                inlines.render(cell.inlines());
                writer.end(name);
            }
            writer.end("tr").newline();
        }
    }

    private static String alignment(Block.Alignment alignment) {
        return switch (alignment) {
            case START -> null;
            case CENTER -> "align-center";
            case END -> "align-end";
        };
    }
}
