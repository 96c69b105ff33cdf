package dev.brief.pdf.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fills pages: first-page front matter across both columns, the side column (summary, then asides where
 * their markers fall), the main column row by row. When a row does not fit, the break moves back to the
 * latest row boundary that no keep forbids (headings with their next lines, widows, orphans).
 */
final class Paginator {
    private final Geometry geometry;
    private final List<PageLayout> pages = new ArrayList<>();
    private final List<List<Row>> pendingAsides = new ArrayList<>();
    private final Set<Row> asidesSeen = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The side-column rows of the current page, by the aside they belong to. */
    private final Map<List<Row>, List<PlacedRow>> sideRows = new IdentityHashMap<>();

    private PageLayout page;
    private float mainCursor;
    private float sideCursor;
    private float columnTop;

    Paginator(Geometry geometry) {
        this.geometry = geometry;
    }

    List<PageLayout> paginate(List<Row> frontMatter, float frontMatterTop, List<Row> side, List<Row> main) {
        page = new PageLayout(1);
        pages.add(page);
        float y = frontMatterTop;
        for (int i = 0; i < frontMatter.size(); i++) {
            Row row = frontMatter.get(i);
            y += i == 0 ? 0 : row.spaceBefore;
            page.rows.add(new PlacedRow(row, geometry.fullX(), y));
            y += row.height;
        }
        columnTop = y + 18;
        mainCursor = columnTop;
        sideCursor = columnTop;
        if (!side.isEmpty()) {
            pendingAsides.add(side);
            placeAsides(columnTop);
        }
        main(main);
        return pages;
    }

    private void main(List<Row> rows) {
        int firstOnPage = 0;
        int i = 0;
        while (i < rows.size()) {
            Row row = rows.get(i);
            if (row.isAsideMarker()) {
                if (asidesSeen.add(row)) {
                    pendingAsides.add(row.aside);
                    placeAsides(mainCursor);
                }
                i++;
                continue;
            }
            float space = mainCursor == columnTop ? 0 : row.spaceBefore;
            if (mainCursor + space + row.height <= geometry.bottom() || i == firstOnPage) {
                float top =
                        row.bottomOfPage && i == rows.size() - 1 ? geometry.bottom() - row.height : mainCursor + space;
                page.rows.add(new PlacedRow(row, geometry.mainX(), top));
                mainCursor += space + row.height;
                i++;
                continue;
            }
            int breakAt = i;
            while (breakAt > firstOnPage && !breakAllowedBefore(rows, breakAt)) {
                breakAt--;
            }
            if (breakAt > firstOnPage) {
                removePlacedFrom(rows, breakAt, i);
                i = breakAt;
            }
            newPage();
            firstOnPage = i;
            repeatHeader(rows.get(i));
        }
        while (!pendingAsides.isEmpty()) {
            newPage();
        }
    }

    /** A table continued on a new page shows its header rows again, as artifacts (the tags hold them once). */
    private void repeatHeader(Row first) {
        for (Row header : first.repeatedHeader) {
            page.rows.add(new PlacedRow(header, geometry.mainX(), mainCursor));
            mainCursor += header.height;
        }
    }

    private boolean breakAllowedBefore(List<Row> rows, int index) {
        Row row = rows.get(index);
        if (row.isAsideMarker()) {
            return false;
        }
        int previous = index - 1;
        while (previous >= 0 && rows.get(previous).isAsideMarker()) {
            previous--;
        }
        return !row.keepWithPrevious && (previous < 0 || !rows.get(previous).keepWithNext);
    }

    /**
     * Takes rows {@code from} … back off the page: they move to the next page. An aside whose marker moves
     * goes with it, so it stays level with the text around its source position.
     */
    private void removePlacedFrom(List<Row> rows, int from, int to) {
        Set<Row> moving = Collections.newSetFromMap(new IdentityHashMap<>());
        moving.addAll(rows.subList(from, to));
        for (Row row : rows.subList(from, to)) {
            if (row.isAsideMarker() && asidesSeen.remove(row)) {
                pendingAsides.remove(row.aside);
                List<PlacedRow> placed = sideRows.remove(row.aside);
                if (placed != null) {
                    moving.addAll(row.aside);
                }
            }
        }
        page.rows.removeIf(placed -> moving.contains(placed.row()));
        sideCursor = columnTop;
        for (List<PlacedRow> placed : sideRows.values()) {
            PlacedRow last = placed.get(placed.size() - 1);
            sideCursor = Math.max(sideCursor, last.top() + last.row().height);
        }
    }

    private void newPage() {
        page = new PageLayout(pages.size() + 1);
        pages.add(page);
        columnTop = geometry.top();
        mainCursor = columnTop;
        sideCursor = columnTop;
        sideRows.clear();
        placeAsides(columnTop);
    }

    /** Sets waiting asides in the side column, no higher than {@code top}; what does not fit waits a page. */
    private void placeAsides(float top) {
        while (!pendingAsides.isEmpty()) {
            List<Row> aside = pendingAsides.get(0);
            float start = Math.max(sideCursor == columnTop ? columnTop : sideCursor + 22, top);
            float height = Row.totalHeight(aside);
            if (start + height > geometry.bottom()) {
                start = sideCursor == columnTop ? columnTop : sideCursor + 22;
                if (start + height > geometry.bottom() && sideCursor != columnTop) {
                    return;
                }
            }
            float y = start;
            List<PlacedRow> placed = new ArrayList<>();
            int i = 0;
            for (; i < aside.size(); i++) {
                Row row = aside.get(i);
                float space = i == 0 ? 0 : row.spaceBefore;
                // Taller than the whole side column (a long summary): the rest goes on the next page.
                if (i > 0 && y + space + row.height > geometry.bottom()) {
                    break;
                }
                y += space;
                placed.add(new PlacedRow(row, geometry.sideX(), y));
                y += row.height;
            }
            page.rows.addAll(placed);
            sideRows.put(aside, placed);
            sideCursor = y;
            if (i < aside.size()) {
                pendingAsides.set(0, List.copyOf(aside.subList(i, aside.size())));
                return;
            }
            pendingAsides.remove(0);
        }
    }
}
