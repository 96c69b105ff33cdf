package dev.brief.pdf.layout;

/** A row at its place on a page: left edge and top, in points from the page's top left corner. */
record PlacedRow(Row row, float x, float top) {}
