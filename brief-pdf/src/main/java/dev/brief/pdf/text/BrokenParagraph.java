package dev.brief.pdf.text;

import java.util.List;

/**
 * A paragraph broken into lines. The layout engine splits it between pages by line index (for
 * widows and orphans) and asks its height for a leading.
 */
public record BrokenParagraph<T>(List<Line<T>> lines) {
    public BrokenParagraph {
        lines = List.copyOf(lines);
    }

    public int lineCount() {
        return lines.size();
    }

    /** The height of all lines set {@code leading} apart (baseline to baseline). */
    public float height(float leading) {
        return lines.size() * leading;
    }

    /** Whether any line had to break inside a word without a hyphenation point. */
    public boolean emergency() {
        return lines.stream().anyMatch(Line::emergency);
    }

    /** The lines {@code [from, to)} as a paragraph of their own, e.g. the part on one page. */
    public BrokenParagraph<T> slice(int from, int to) {
        return new BrokenParagraph<>(lines.subList(from, to));
    }
}
