package dev.brief.pdf.layout;

import dev.brief.pdf.tag.Artifact;
import dev.brief.pdf.tag.StructureNode;
import dev.brief.pdf.text.Piece;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * Underlines the links of one line, so a link is told from its text by more than colour (WCAG 1.4.1). The
 * rules are layout artifacts added after the line's text, one per link and line, so they do not split the
 * link's marked content.
 */
final class Underlines {
    private final Color color;
    private final List<Mark> rules = new ArrayList<>();
    private StructureNode link;
    private float start;
    private float end;
    private float baseline;

    Underlines(Color color) {
        this.color = color;
    }

    void extend(Piece<TextRun> piece, float lineBaseline) {
        TextRun run = piece.owner();
        boolean underlined =
                run.target() != null && !run.superscript() && !run.target().startsWith("#");
        if (!underlined || run.owner() != link) {
            close();
        }
        if (!underlined) {
            return;
        }
        if (link == null) {
            link = run.owner();
            start = piece.x();
            baseline = lineBaseline;
        }
        if (!piece.space()) {
            end = piece.x() + piece.width();
        }
    }

    void finish(Row row) {
        close();
        row.marks.addAll(rules);
    }

    private void close() {
        if (link != null && end > start) {
            float y = baseline + 1.6f;
            rules.add(new Mark.Rule(Artifact.RULE, color, 0.45f, start, y, end, y));
        }
        link = null;
        end = 0;
    }
}
