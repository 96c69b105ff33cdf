package dev.brief.pdf.layout;

import dev.brief.pdf.tag.Artifact;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/** A tinted panel behind a group of rows, drawn row by row as layout artifacts so the group may split. */
final class Panel {
    private Panel() {}

    static List<Row> around(List<Row> content, float padding, float width, Color tint, Color edge) {
        List<Row> rows = new ArrayList<>();
        Row top = new Row(padding, 0);
        top.add(new Mark.Fill(Artifact.BACKGROUND, tint, 0, 0, width, padding));
        top.add(new Mark.Rule(Artifact.RULE, edge, 2f, 0, 1, width, 1));
        top.keepWithNext = true;
        rows.add(top);
        for (int i = 0; i < content.size(); i++) {
            Row row = content.get(i);
            float space = i == 0 ? 0 : row.spaceBefore;
            Row panelRow = new Row(row.height, space);
            panelRow.keepWithPrevious = row.keepWithPrevious || i == 0;
            panelRow.keepWithNext = row.keepWithNext;
            panelRow.add(new Mark.Fill(Artifact.BACKGROUND, tint, 0, -space, width, row.height + space));
            for (Mark mark : row.marks) {
                panelRow.add(Translation.right(mark, padding));
            }
            rows.add(panelRow);
        }
        Row bottom = new Row(padding, 0);
        bottom.keepWithPrevious = true;
        bottom.add(new Mark.Fill(Artifact.BACKGROUND, tint, 0, 0, width, padding));
        rows.add(bottom);
        return rows;
    }
}
