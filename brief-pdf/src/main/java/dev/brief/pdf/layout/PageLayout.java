package dev.brief.pdf.layout;

import java.util.ArrayList;
import java.util.List;

/** One page as the paginator filled it, rows in drawing order. */
final class PageLayout {
    final int number;
    final List<PlacedRow> rows = new ArrayList<>();

    PageLayout(int number) {
        this.number = number;
    }
}
